import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { FoundMention, RejectedCandidate } from '../../domain/text-analysis/find-mentions';
import { maxAnalyzedText, maxRoleFits } from '../../services/text-analysis.service';
import { textAnalysisOf } from '../common/complexity';
import type { ApiContext } from '../context';
import { TextAnalysis } from './text-analysis.type';

const asMention = (mention: FoundMention) => ({
  node: mention.node.entity,
  start: mention.start,
  end: mention.end,
  text: mention.text,
  match: mention.match,
  confidence: mention.confidence,
  matchedName: mention.form,
  explanation: mention.explanation,
});

const asRejected = (candidate: RejectedCandidate) => ({
  node: candidate.node.entity,
  start: candidate.start,
  end: candidate.end,
  text: candidate.text,
  reason: candidate.reason,
});

@Resolver(() => TextAnalysis)
export class TextAnalysisResolver {
  @Query(() => TextAnalysis, {
    complexity: textAnalysisOf(10, 5, 5_000),
    description: `Reads a job ad or a CV: the skills and technologies it names (each with its place in the text and why it was taken) and the roles it fits best, with what each lacks. Deterministic and offline. Case, punctuation, plurals, symbols ("C#", ".NET"), lists ("Python/Django, PostgreSQL") and names that are also common words ("Go", "Swift": only in a technical context) are handled. Text longer than ${maxAnalyzedText} characters is a BAD_USER_INPUT error.`,
  })
  async analyzeText(
    @Arg('text', {
      description: `The text to read, at most ${maxAnalyzedText} characters (UTF-16 code units).`,
    })
    text: string,
    @Arg('first', () => Int, {
      defaultValue: 5,
      description: `How many roles to rank: 5 by default, at most ${maxRoleFits}.`,
    })
    first: number,
    @Ctx() { store, textAnalysis }: ApiContext,
  ) {
    const analysis = await textAnalysis.analyze(store, text, first);
    return {
      mentions: analysis.mentions.map(asMention),
      roleMentions: analysis.roleMentions.map(asMention),
      rejected: analysis.rejected.map(asRejected),
      roles: analysis.roles,
    };
  }
}
