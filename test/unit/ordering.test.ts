import fc from 'fast-check';
import { byName, compareLowerCase, compareText } from '../../src/domain/ordering';
import { loadSeed } from '../../src/seed/load-seed';

/** The definition compareLowerCase must keep: the two lower-case forms, code unit by code unit. */
const reference = (a: string, b: string) => compareText(a.toLowerCase(), b.toLowerCase());

describe('compareLowerCase', () => {
  it.each([
    ['Go', 'go', 0],
    ['Go', 'GraphQL', -1],
    ['java', 'JavaScript', -1],
    ['Zeta', 'alpha', 1],
    ['a_b', 'aB', -1],
    ['İstanbul', 'istanbul', 1],
    ['Ärzte', 'arzte', 1],
    ['', 'a', -1],
  ])('orders %j against %j as their lower-case forms do', (a, b, expected) => {
    expect(Math.sign(compareLowerCase(a, b))).toBe(expected);
    expect(Math.sign(reference(a, b))).toBe(expected);
  });

  it('agrees with comparing the lower-case forms on any two strings, ASCII or not', () => {
    const letters = fc.constantFrom(...'aAbBzZ_- 09[`{@İıßÄäΣσς\u{1F600}');
    const text = fc.array(letters, { maxLength: 8 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => Math.sign(compareLowerCase(a, b)) === Math.sign(reference(a, b))),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        (a, b) => Math.sign(compareLowerCase(a, b)) === Math.sign(reference(a, b)),
      ),
      { numRuns: 5000 },
    );
  });

  it('sorts every node of the seed graph as the lower-case names do', async () => {
    const graph = await loadSeed();
    const nodes = [...graph.roles, ...graph.skills, ...graph.technologies, ...graph.industries];
    const byReference = (a: (typeof nodes)[number], b: (typeof nodes)[number]) =>
      reference(a.name, b.name) || compareText(a.slug, b.slug);
    expect([...nodes].sort(byName).map((node) => node.slug)).toEqual(
      [...nodes].sort(byReference).map((node) => node.slug),
    );
  });
});
