import { InvalidInputError } from './invalid-input-error';

/** The longest concept URI accepted: ESCO's are under 100 characters. */
export const maxConceptUriLength = 500;

/** Rejects what cannot be a concept URI: anything but an absolute http(s) URI of at most maxConceptUriLength. */
export function checkConceptUri(uri: string): void {
  const problem =
    uri.length > maxConceptUriLength
      ? `uri must be at most ${maxConceptUriLength} characters.`
      : !/^https?:\/\/[^\s/]+\/\S*$/.test(uri) || !URL.canParse(uri)
        ? 'uri must be an absolute http(s) URI, e.g. "http://data.europa.eu/esco/skill/…".'
        : null;
  if (problem !== null) throw new InvalidInputError(problem, 'uri', { maxLength: maxConceptUriLength });
}
