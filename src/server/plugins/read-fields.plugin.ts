import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { readFieldsOf } from '../../api/common/read-fields-of';
import type { ReadFields } from '../../store/read-fields';
import type { ServerContext } from '../request-record';

/**
 * Before an operation runs, tells its context which costly facts the document shows (descriptions,
 * evidence, ...: api/common/read-fields-of.ts), so the store reads no others. Apollo keeps one parsed
 * document per query text, so each is walked once.
 */
export function readFieldsPlugin(): ApolloServerPlugin<ServerContext> {
  const known = new WeakMap<DocumentNode, ReadFields>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          let fields = known.get(document);
          if (!fields) {
            fields = readFieldsOf(schema, document);
            known.set(document, fields);
          }
          contextValue.readOnly(fields);
        },
      };
    },
  };
}
