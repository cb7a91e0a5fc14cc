import { loadSeed } from '../../src/seed/load-seed';
import type { Neo4jClient } from '../../src/store/neo4j/neo4j-client';
import { migrate } from '../../src/store/neo4j/neo4j-migrator';
import { seedNeo4j } from '../../src/store/neo4j/neo4j-seeder';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { describeWithNeo4j, testNeo4jClient } from '../support/neo4j-test-client';
import { describeGraphStoreContract } from './graph-store.contract';

describeWithNeo4j('Neo4j store on a real Neo4j', () => {
  let client: Neo4jClient;
  describeGraphStoreContract(
    'Neo4j store',
    async () => {
      client = testNeo4jClient() as Neo4jClient;
      const seed = await loadSeed();
      await migrate(client);
      await seedNeo4j(client, seed, { prune: true });
      return { store: new Neo4jStore(client), seed };
    },
    () => client.close(),
  );
});
