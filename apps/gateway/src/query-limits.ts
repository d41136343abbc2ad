import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { RequestHandler } from 'express';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { ErrorCode } from '@samspill/server-graphql';

export interface ShapeLimits {
  maxDepth: number;
  maxAliases: number;
}

/**
 * graphql-armor's rules throw by default, which aborts validation with an uncoded error (a
 * 500). Reporting instead makes a violation an ordinary validation error:
 * GRAPHQL_VALIDATION_FAILED, HTTP 400, nothing executed. Its messages start "Syntax Error:",
 * which is not what happened, so that prefix is dropped.
 */
const report = [
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
];

export function queryLimitRules(limits: ShapeLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, onReject: report };
  return [
    // Fragments count at their spread depth so they cannot be used to hide nesting.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: false, ...common }),
    maxAliasesRule({ n: limits.maxAliases, ...common }),
  ];
}

/**
 * Counts tokens with graphql-armor's lexer before Apollo sees the request, so an oversized
 * document is refused after at most `maxTokens` tokens instead of being parsed in full.
 * Validation rules come too late for that (the document is parsed by then), and an Apollo
 * plugin cannot refuse cleanly: anything thrown from `parsingDidStart` (graphql-armor's own
 * Apollo integration) becomes a bare 500. Runs after the JSON body parser.
 */
export function maxTokensMiddleware(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.method === 'POST' ? req.body?.query : req.query.query;
    if (typeof query !== 'string') return next();
    const parser = new MaxTokensParserWLexer(query, { n: maxTokens });
    try {
      parser.parseDocument();
    } catch {
      // Plain syntax errors are left to Apollo's own parse, which reports them properly.
      if (parser.tokenCount > maxTokens) {
        res.status(400).json({ errors: [{ message: `the query has more than ${maxTokens} tokens`, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
        return;
      }
    }
    next();
  };
}
