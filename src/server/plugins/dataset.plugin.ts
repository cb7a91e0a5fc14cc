import type { ApolloServerPlugin } from '@apollo/server';
import type { DatasetWatch } from '../../store/dataset-watch';
import type { ServerContext } from '../request-record';

/**
 * Every response says which data answered it: `extensions.dataset { version, hash }`, from the marker
 * the store holds (re-read every few seconds, so a reseed under a running API shows within that time).
 */
export function datasetPlugin(watch: DatasetWatch): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const marker = watch.current() ?? (await watch.refresh());
          if (marker === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            dataset: { version: marker.version, hash: marker.hash },
          };
        },
      };
    },
  };
}
