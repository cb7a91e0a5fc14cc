import { IntList } from './int-list';
import { PackedLists } from './packed-lists';
import {
  byScoreThenRole,
  featuresOf,
  roundScore,
  sharedSkillsOf,
  sharedTechnologiesOf,
  transitionBonus,
  type RelatedRoleResult,
  type RoleProfile,
} from './similarity';
import { TopRanked } from './top-ranked';

export interface RelatedRolesIndexOptions {
  /**
   * Also keep, for every pair of features, the roles that hold both, built on the first query. It pays
   * for an index that answers many queries over a large graph (the embedded store's); an index built for
   * one query (the Neo4j store's, over one role's neighbourhood) would spend more building it than it
   * saves. Default false.
   */
  readonly pairLists?: boolean;
}

/** One of the asked role's features: a concept number and the role's weight for it. */
interface AskedFeature {
  readonly concept: number;
  readonly weight: number;
}

/**
 * A role's record in `records`, at `recordAt[id]`: the query round that last visited it, its id, its
 * total weight, its feature count, then each feature's concept number and weight (concepts ascending).
 * Lists hold record offsets, so scoring a candidate reads one place in memory, not five arrays.
 */
const VISITED = 0;
const ID = 1;
const TOTAL = 2;
const COUNT = 3;
const FEATURES = 4;

/**
 * findRelatedRoles over a fixed set of profiles, answered without visiting every role that shares
 * something with the asked one: at 100,000 generated roles that is a third of the graph, while the five
 * best share two or three of its seven features.
 *
 * Features are numbered concepts (a role holds a concept once, at its heaviest grade, as findRelatedRoles
 * reads it). A query visits candidates list by list and scores each exactly from its own features, keeping
 * the best `first`. After each step it bounds the score of every role not yet visited; once that bound is
 * below the worst kept score (or rounds to zero), no unvisited role can enter and the answer is final:
 *
 * 1. the direct transition partners (the only roles with the bonus), all of them;
 * 2. with pair lists, the roles holding both features of a pair, over the pairs of a growing prefix of the
 *    asked role's features (rarest first): a role not met shares at most one prefix feature, so its
 *    shared weight is at most the prefix's heaviest weight plus the rest's total (this step gives way to
 *    the next once it has cost what reading every single list would);
 * 3. the roles holding each single feature: a role not met shares only features of the rest (with every
 *    pair done: at most one of them).
 *
 * A role not met shares weight s <= S and holds at least max(s, the smallest role total) of its own, so its
 * Jaccard is at most S / (A + max(S, smallest total) - S) for the asked role's total A, which grows with S;
 * rounding keeps the order. Ties are decided by slug, so a bound equal to the worst kept score does not
 * stop the search. Weights are whole numbers: every sum is exact and every score the one findRelatedRoles
 * gives, bit for bit.
 */
export class RelatedRolesIndex {
  private readonly slugs: string[] = [];
  private readonly profileOf: (slug: string) => RoleProfile;
  private readonly idOf = new Map<string, number>();
  private readonly records: Int32Array;
  private readonly recordAt: Int32Array;
  /** The smallest total of a role holding any feature. */
  private readonly smallestTotal: number;
  /** Per concept number: the records of the roles holding it. */
  private readonly carriers: PackedLists;
  /** Per role id: the ids of the roles that list it as a transition partner. */
  private readonly listedBy: PackedLists;
  /** Per role id: the ids of the roles it lists as transition partners, in its profile's order. */
  private readonly partners: PackedLists;
  private readonly options: RelatedRolesIndexOptions;
  private pairs: PairLists | undefined;
  /** Scratch for one query: the asked role's weight per concept (0 for the others). */
  private readonly askedWeight: Uint8Array;
  private readonly directMark: Uint32Array;
  private round = 0;

  /** Over profiles held in memory: the first profile of a slug wins, as in findRelatedRoles. */
  static of(profiles: readonly RoleProfile[], options: RelatedRolesIndexOptions = {}): RelatedRolesIndex {
    const bySlug = new Map<string, RoleProfile>();
    for (const profile of profiles) if (!bySlug.has(profile.slug)) bySlug.set(profile.slug, profile);
    return new RelatedRolesIndex([...bySlug.keys()], (slug) => bySlug.get(slug) as RoleProfile, options);
  }

  /**
   * The roles `slugs` (a slug named twice counts once), each profile as `profileOf` gives it. It is asked
   * for every profile once while the index is built, then only for the roles of an answer: a store that
   * makes a profile from the links it holds keeps no second copy here (100,000 roles' profiles were 90 MB).
   */
  constructor(
    slugs: readonly string[],
    profileOf: (slug: string) => RoleProfile,
    options: RelatedRolesIndexOptions = {},
  ) {
    this.options = options;
    this.profileOf = profileOf;
    for (const slug of slugs) {
      if (this.idOf.has(slug)) continue;
      this.idOf.set(slug, this.slugs.length);
      this.slugs.push(slug);
    }
    const roleCount = this.slugs.length;
    const conceptNumber = new Map<string, number>();
    const records = new IntList();
    this.recordAt = new Int32Array(roleCount);
    // Each partner's id looked up once (at 100,000 roles a million slug lookups, the costliest step here);
    // a partner listed twice is listed twice, which the query's visit marks make harmless.
    const listings = new IntList();
    const partnerStarts = new Int32Array(roleCount + 1);
    const partnerIds = new IntList();
    let smallestTotal = Infinity;
    this.slugs.forEach((slug, id) => {
      const profile = profileOf(slug);
      // The role's features as concept numbers, ascending, each with its weight: a few per role, put in
      // order as they come (100,000 small sorts of pairs were a tenth of a second of start-up).
      const numbers: number[] = [];
      const weights: number[] = [];
      let total = 0;
      for (const [concept, weight] of featuresOf(profile)) {
        let number = conceptNumber.get(concept);
        if (number === undefined) conceptNumber.set(concept, (number = conceptNumber.size));
        let at = numbers.length;
        numbers.push(number);
        weights.push(weight);
        for (; at > 0 && (numbers[at - 1] as number) > number; at--) {
          numbers[at] = numbers[at - 1] as number;
          weights[at] = weights[at - 1] as number;
        }
        numbers[at] = number;
        weights[at] = weight;
        total += weight;
      }
      if (total > 0 && total < smallestTotal) smallestTotal = total;
      this.recordAt[id] = records.length;
      records.push(0);
      records.push(id);
      records.push(total);
      records.push(numbers.length);
      numbers.forEach((number, at) => {
        records.push(number);
        records.push(weights[at] as number);
      });
      for (const partner of profile.transitionPartners) {
        const to = this.idOf.get(partner);
        if (to === undefined) continue;
        listings.push(to);
        listings.push(id);
        partnerIds.push(to);
      }
      partnerStarts[id + 1] = partnerIds.length;
    });
    this.records = records.toArray();
    this.smallestTotal = smallestTotal;
    this.carriers = this.invertFeatures(conceptNumber.size);
    const listed = listings.toArray();
    this.listedBy = PackedLists.collect(roleCount, (add) => {
      for (let at = 0; at < listed.length; at += 2) add(listed[at] as number, listed[at + 1] as number);
    });
    this.partners = PackedLists.of(partnerStarts, partnerIds.toArray());
    this.askedWeight = new Uint8Array(conceptNumber.size);
    this.directMark = new Uint32Array(roleCount);
  }

  /** What findRelatedRoles(slug, profiles, first) answers. */
  related(slug: string, first: number): RelatedRoleResult[] {
    const id = this.idOf.get(slug);
    if (id === undefined || first <= 0) return [];
    if (this.options.pairLists === true && this.pairs === undefined)
      this.pairs = new PairLists(this.records, this.carriers);
    const round = ++this.round;
    const { records, askedWeight, directMark } = this;
    const ownAt = this.recordAt[id] as number;
    const ownTotal = records[ownAt + TOTAL] as number;

    // The asked role's features, rarest first (short lists, and a bound that falls early), heaviest next.
    const asked: AskedFeature[] = [];
    for (let at = ownAt + FEATURES; at < ownAt + FEATURES + 2 * (records[ownAt + COUNT] as number); at += 2)
      asked.push({ concept: records[at] as number, weight: records[at + 1] as number });
    asked.sort(
      (a, b) =>
        this.carriers.sizeOf(a.concept) - this.carriers.sizeOf(b.concept) ||
        b.weight - a.weight ||
        a.concept - b.concept,
    );
    for (const { concept, weight } of asked) askedWeight[concept] = weight;

    type Ranked = { id: number; score: number; role: string; shared: number; union: number };
    const best = new TopRanked<Ranked>(first, byScoreThenRole);
    records[ownAt + VISITED] = round;
    // The hot loop at 100,000 roles: one record read, no allocation unless the candidate beats the worst
    // kept. Direct partners are visited first, so a later visit never looks up whether it is one.
    const visit = (at: number, direct = false) => {
      if (records[at + VISITED] === round) return;
      records[at + VISITED] = round;
      let shared = 0;
      const end = at + FEATURES + 2 * (records[at + COUNT] as number);
      for (let feature = at + FEATURES; feature < end; feature += 2) {
        const mine = askedWeight[records[feature] as number] as number;
        if (mine === 0) continue;
        const theirs = records[feature + 1] as number;
        shared += mine < theirs ? mine : theirs;
      }
      const other = records[at + ID] as number;
      const union = ownTotal + (records[at + TOTAL] as number) - shared;
      const jaccard = union === 0 ? 0 : shared / union;
      const score = roundScore(Math.min(1, jaccard + (direct ? transitionBonus : 0)));
      if (score <= 0) return;
      const worst = best.worstKept();
      // Ties go to the order, which TopRanked applies.
      if (worst !== undefined && score < worst.score) return;
      best.offer({ id: other, score, role: this.slugs[other] as string, shared, union });
    };
    // Whether no role left unvisited, sharing at most `sharedBound` weight, can enter the answer.
    const settled = (sharedBound: number) => {
      const bound = roundScore(this.jaccardBound(ownTotal, sharedBound));
      if (bound <= 0) return true;
      const worst = best.worstKept();
      return worst !== undefined && bound < worst.score;
    };

    try {
      const direct: number[] = [];
      this.listedBy.forEach(id, (ids, from, to) => {
        for (let at = from; at < to; at++) direct.push(ids[at] as number);
      });
      this.partners.forEach(id, (ids, from, to) => {
        for (let at = from; at < to; at++) direct.push(ids[at] as number);
      });
      for (const other of direct) directMark[other] = round;
      for (const other of direct) visit(this.recordAt[other] as number, true);
      if (!settled(ownTotal)) this.visitByFeatures(asked, visit, settled);
    } finally {
      for (const { concept } of asked) askedWeight[concept] = 0;
    }

    const ownFeatures = featuresOf(this.profileOf(slug));
    return best.items().map(({ role, id: other, score, shared, union }) => {
      const profile = this.profileOf(role);
      return {
        role,
        score,
        sharedSkills: sharedSkillsOf(ownFeatures, profile),
        sharedTechnologies: sharedTechnologiesOf(ownFeatures, profile),
        sharedWeight: shared,
        unionWeight: union,
        direct: directMark[other] === round,
      };
    });
  }

  /** Steps 2 and 3 of the class comment, stopping as soon as `settled` says the rest cannot enter. */
  private visitByFeatures(
    asked: readonly AskedFeature[],
    visit: (record: number) => void,
    settled: (sharedBound: number) => boolean,
  ): void {
    const visitAll = (records: Int32Array, from: number, to: number) => {
      for (let at = from; at < to; at++) visit(records[at] as number);
    };
    const totalWeight = asked.reduce((sum, feature) => sum + feature.weight, 0);
    const { pairs } = this;
    let pairsDone = false;
    if (pairs !== undefined) {
      // Pairs pay when they are few and short; a role with a hundred features has thousands of them. Once
      // the pair step has cost what reading every single list would, it gives way to the single lists:
      // never more than about twice the work of single lists alone.
      const singlesCost = asked.reduce((sum, feature) => sum + this.carriers.sizeOf(feature.concept), 0);
      let spent = 0;
      let rest = totalWeight;
      let heaviest = 0;
      for (let j = 0; j < asked.length && spent + j <= singlesCost; j++) {
        const { concept, weight } = asked[j] as AskedFeature;
        for (let i = 0; i < j; i++)
          spent += 1 + pairs.forEach((asked[i] as AskedFeature).concept, concept, visitAll);
        rest -= weight;
        heaviest = Math.max(heaviest, weight);
        if (settled(heaviest + rest)) return;
        pairsDone = j === asked.length - 1;
      }
    }
    // With every pair done, a role not met shares at most one of the features left: the heaviest of them.
    const heaviestFrom = new Array<number>(asked.length + 1).fill(0);
    for (let j = asked.length - 1; j >= 0; j--)
      heaviestFrom[j] = Math.max(heaviestFrom[j + 1] as number, (asked[j] as AskedFeature).weight);
    let rest = totalWeight;
    for (let j = 0; j < asked.length; j++) {
      const { concept, weight } = asked[j] as AskedFeature;
      this.carriers.forEach(concept, visitAll);
      rest -= weight;
      if (settled(pairsDone ? (heaviestFrom[j + 1] as number) : rest)) return;
    }
  }

  /** The highest Jaccard a role sharing at most `sharedBound` weight with a role of total `ownTotal` can have. */
  private jaccardBound(ownTotal: number, sharedBound: number): number {
    if (sharedBound <= 0) return 0;
    return sharedBound / (ownTotal + Math.max(this.smallestTotal, sharedBound) - sharedBound);
  }

  /** Per concept number, the records of the roles holding it, in role order. */
  private invertFeatures(conceptCount: number): PackedLists {
    const { records } = this;
    return PackedLists.collect(conceptCount, (add) => {
      for (const at of this.recordAt) {
        const end = at + FEATURES + 2 * (records[at + COUNT] as number);
        for (let feature = at + FEATURES; feature < end; feature += 2) add(records[feature] as number, at);
      }
    });
  }
}

/** Calls `visit` with each concept b > a held by a role holding a, and that role's record, in role order. */
function forEachLargerPartner(
  records: Int32Array,
  carriers: PackedLists,
  a: number,
  visit: (b: number, at: number) => void,
): void {
  const { starts, items } = carriers;
  for (let carrier = starts[a] as number; carrier < (starts[a + 1] as number); carrier++) {
    const at = items[carrier] as number;
    const end = at + FEATURES + 2 * (records[at + COUNT] as number);
    for (let feature = at + FEATURES; feature < end; feature += 2) {
      const b = records[feature] as number;
      if (b > a) visit(b, at);
    }
  }
}

/**
 * For each pair of concepts some role holds together, the records of the roles holding both. Built one
 * concept `a` at a time from the roles holding it, counting the larger concepts `b` they also hold in a
 * dense array: no hash map over the millions of pairs a large graph holds, and no object per pair.
 */
class PairLists {
  /** For concept a, its pairs are slots pairStarts[a] .. pairStarts[a + 1], each with the other concept b. */
  private readonly pairStarts: Int32Array;
  private readonly pairOther: Int32Array;
  private readonly lists: PackedLists;

  constructor(records: Int32Array, carriers: PackedLists) {
    const conceptCount = carriers.starts.length - 1;
    const pairStarts = new Int32Array(conceptCount + 1);
    const pairOther: number[] = [];
    const sizes: number[] = [];
    const count = new Int32Array(conceptCount);
    for (let a = 0; a < conceptCount; a++) {
      const touched: number[] = [];
      forEachLargerPartner(records, carriers, a, (b) => {
        if (count[b] === 0) touched.push(b);
        count[b] = (count[b] as number) + 1;
      });
      touched.sort((x, y) => x - y);
      for (const b of touched) {
        pairOther.push(b);
        sizes.push(count[b] as number);
        count[b] = 0;
      }
      pairStarts[a + 1] = pairOther.length;
    }
    // Fill: `next` is each pair's write position, found through `slotOfOther` while `a` is fixed.
    const listStarts = new Int32Array(sizes.length + 1);
    sizes.forEach((size, slot) => (listStarts[slot + 1] = (listStarts[slot] as number) + size));
    const next = listStarts.slice(0, sizes.length);
    const lists = new Int32Array(listStarts[sizes.length] as number);
    const slotOfOther = new Int32Array(conceptCount);
    for (let a = 0; a < conceptCount; a++) {
      for (let slot = pairStarts[a] as number; slot < (pairStarts[a + 1] as number); slot++)
        slotOfOther[pairOther[slot] as number] = slot;
      forEachLargerPartner(records, carriers, a, (b, at) => {
        const slot = slotOfOther[b] as number;
        lists[next[slot] as number] = at;
        next[slot] = (next[slot] as number) + 1;
      });
    }
    this.pairStarts = pairStarts;
    this.pairOther = Int32Array.from(pairOther);
    this.lists = PackedLists.of(listStarts, lists);
  }

  /**
   * Calls `each` with the records of the roles holding concepts `a` and `b` (a != b), if any role does;
   * answers how many there are.
   */
  forEach(a: number, b: number, each: (records: Int32Array, from: number, to: number) => void): number {
    const [smaller, other] = a < b ? [a, b] : [b, a];
    // Binary search among the smaller concept's partners, which are ascending.
    let low = this.pairStarts[smaller] as number;
    let high = (this.pairStarts[smaller + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.pairOther[middle] as number;
      if (found === other) {
        this.lists.forEach(middle, each);
        return this.lists.sizeOf(middle);
      }
      if (found < other) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }
}
