import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildCareerGraphSchema, printCareerGraphSchema } from '../../src/api/schema';
import { projectRoot } from '../../src/project-root';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildCareerGraphSchema();
});

describe('schema/schema.graphql', () => {
  it('is what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(path.join(projectRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printCareerGraphSchema());
  });
});

describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const argument of 'args' in field ? field.args : []) {
            if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the contract names of DESIGN.md', () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    for (const name of [
      'node',
      'role',
      'roles',
      'skill',
      'skills',
      'technology',
      'technologies',
      'industries',
      'sources',
      'search',
      'careerPaths',
      'skillGap',
    ]) {
      expect(query[name]).toBeDefined();
    }
    expect(query.careerPaths?.args.map((a) => a.name)).toEqual([
      'from',
      'to',
      'maxSteps',
      'first',
      'rankBy',
      'track',
      'avoid',
    ]);
    const enumValues = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    };
    // Contract values stay, in order; values added since (with a reason, as DESIGN.md allows) follow them.
    expect(enumValues('TechnologyKind').slice(0, 5)).toEqual([
      'LANGUAGE',
      'FRAMEWORK',
      'DATABASE',
      'TOOL',
      'PLATFORM',
    ]);
    expect(enumValues('Importance').slice(0, 2)).toEqual(['CORE', 'PREFERRED']);
    expect(enumValues('PathRanking')).toEqual(['FEWEST_STEPS', 'FASTEST']);
    expect(enumValues('TransitionKind')).toEqual(['PROMOTION', 'SPECIALIZATION', 'LATERAL', 'TO_MANAGEMENT']);
    expect(enumValues('Basis')).toEqual(['STATED', 'INFERRED']);
    expect(enumValues('MatchRelation')).toEqual(['EXACT', 'CLOSE', 'BROAD', 'NARROW', 'RELATED']);
  });

  it("has the evidence, occupation and external-id fields of DESIGN.md's additions", async () => {
    const schema = await buildCareerGraphSchema();
    const fields = (name: string) => {
      const type = schema.getType(name);
      return type && 'getFields' in type ? Object.keys(type.getFields()) : [];
    };
    expect(fields('Evidence')).toEqual(expect.arrayContaining(['source', 'lines', 'uri', 'basis', 'note']));
    expect(fields('LineRange')).toEqual(['start', 'end']);
    expect(fields('ExternalId')).toEqual(['scheme', 'uri', 'match']);
    for (const type of ['Sourced', 'Role', 'Skill', 'RoleSkill', 'Transition', 'SalaryRange', 'Hiring'])
      expect(fields(type)).toContain('evidence');
    expect(fields('Role')).toEqual(expect.arrayContaining(['occupation', 'levels', 'externalIds']));
    expect(fields('RoleSkill')).toContain('inheritedFrom');
  });
});
