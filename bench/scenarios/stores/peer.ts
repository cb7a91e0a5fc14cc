import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

/**
 * The peer: @neo4j/graphql, the standard GraphQL-on-Neo4j engine, which compiles each request into one
 * Cypher query. These type definitions read the graph careergraph's seeder writes (labels Role and
 * Skill; REQUIRES with an importance; TRANSITIONS_TO with a kind), so both APIs serve the same data.
 */
export const peerTypeDefs = /* GraphQL */ `
  type Role @node {
    slug: String!
    name: String!
    family: String!
    seniority: String!
    skills: [Skill!]! @relationship(type: "REQUIRES", direction: OUT, properties: "Requires")
    nextRoles: [Role!]! @relationship(type: "TRANSITIONS_TO", direction: OUT, properties: "TransitionsTo")
  }

  type Skill @node {
    slug: String!
    name: String!
    roles: [Role!]! @relationship(type: "REQUIRES", direction: IN, properties: "Requires")
  }

  type Requires @relationshipProperties {
    importance: String!
  }

  type TransitionsTo @relationshipProperties {
    kind: String!
  }
`;

export interface PeerServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Serves the peer on 127.0.0.1 with Apollo's standalone server (no limits, no rate limiting). */
export async function startPeerServer(driver: Driver): Promise<PeerServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => apollo.stop() };
}
