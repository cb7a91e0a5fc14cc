import { mulberry32 } from '../../bench/random';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A deterministic random GraphQL query generator driven by the real schema, for abuse tests: most
 * documents are well formed (some of them over a limit: too deep, too many aliases, too costly), some
 * carry wrong argument types, unknown arguments or mismatched variables, and a share are broken text
 * (truncated, stray braces, unknown fields, object fields without a selection set). The same seed always
 * gives the same sequence, so a failure names the case that caused it.
 */
export interface FuzzCase {
  /** Position in the sequence, from 0. */
  readonly index: number;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** What the generator did on purpose, e.g. ["variables", "deep"] or ["broken:truncated"]. */
  readonly tricks: readonly string[];
}

export interface QueryFuzzerOptions {
  readonly seed: number;
  /** Share of documents broken on purpose (syntax or validation), 0..1. Default 0.15. */
  readonly brokenShare?: number;
  /** Share of well-formed documents with mistakes: wrong argument types, unknown arguments, mismatched variables. Default 0.3. */
  readonly mistakeShare?: number;
}

class Random {
  constructor(private readonly next: () => number) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    }
    return chosen;
  }
}

/** An argument value before it is written as a GraphQL literal or as JSON for a variable. */
type Value =
  | { readonly kind: 'null' }
  | { readonly kind: 'int' | 'float'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'enum'; readonly value: string }
  | { readonly kind: 'list'; readonly items: readonly Value[] }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, Value])[] };

function toLiteral(value: Value): string {
  switch (value.kind) {
    case 'null':
      return 'null';
    case 'int':
      return String(value.value);
    case 'float':
      return Number.isInteger(value.value) ? `${value.value}.0` : String(value.value);
    case 'string':
      // JSON's escapes (\" \\ \n \uXXXX) are all valid GraphQL string escapes.
      return JSON.stringify(value.value);
    case 'boolean':
      return String(value.value);
    case 'enum':
      return value.value;
    case 'list':
      return `[${value.items.map(toLiteral).join(', ')}]`;
    case 'object':
      return `{ ${value.fields.map(([name, field]) => `${name}: ${toLiteral(field)}`).join(', ')} }`;
  }
}

function toJson(value: Value): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'list':
      return value.items.map(toJson);
    case 'object':
      return Object.fromEntries(value.fields.map(([name, field]) => [name, toJson(field)]));
    default:
      return value.value;
  }
}

const roleSlugs = [
  'junior-backend-developer',
  'mid-level-backend-developer',
  'senior-backend-developer',
  'software-architect',
  'staff-engineer',
  'principal-engineer',
  'technical-lead',
  'devops-engineer',
  'database-administrator',
  'engineering-manager',
  'vp-of-engineering',
];
const skillSlugs = ['sql', 'programming-fundamentals', 'debugging', 'version-control', 'database-design'];
const technologySlugs = ['python', 'java', 'node-js', 'postgresql', 'kubernetes', 'go', 'rust'];
const otherSlugs = ['fintech', 'saas', 'gaming', 'career-guide', 'glossary'];
const hostileStrings = [
  '',
  ' ',
  'astronaut',
  'no-such-role',
  'SOFTWARE-ARCHITECT',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  "'; DROP TABLE roles; --",
  'MATCH (n) DETACH DELETE n',
  '} RETURN n //',
  'ünïcödé-rôle',
  '😀🚀',
  'tab\tnew\nline',
  '%00%ff',
];
const globalIds = [
  'Role:software-architect',
  'Skill:sql',
  'Technology:python',
  'Industry:fintech',
  'Source:glossary',
  'Role:',
  ':',
  'Role:astronaut',
  'Nope:thing',
  'Um9sZTpzb2Z0d2FyZS1hcmNoaXRlY3Q=',
];
const searchTexts = ['postgres', 'kubernets', 'vp eng', 'backend', 'a', 'python developer', '*', '"'];
const cursors = ['YXJyYXljb25uZWN0aW9uOjA=', 'MA==', '!!!', 'eyJ4IjoxfQ==', '0', '-1'];
const ints = [
  0, 1, 2, 3, 5, 10, 20, 50, 99, 100, 101, 200, 1000, 100_000, -1, -100, 2_147_483_647, -2_147_483_648,
];
const floats = [0, 0.5, 1, 2.5, -1, 1e9, 1e-9];
const wrongTypeNames = [
  'Int',
  'Int!',
  'String',
  'String!',
  'Boolean',
  '[Int!]!',
  'ID',
  'Float!',
  'NoSuchType',
];
const interfaceNames = ['Node', 'Technology', 'Sourced'];

interface OperationState {
  readonly variables: Record<string, unknown>;
  readonly declarations: string[];
  readonly tricks: Set<string>;
  /** Whether this operation carries mistakes (wrong types, unknown arguments, mismatched variables). */
  readonly mistakes: boolean;
  readonly useVariables: boolean;
  readonly maxDepth: number;
  readonly deep: boolean;
  readonly aliasRate: number;
  aliasCount: number;
}

/** Returns a generator of FuzzCases; each call gives the next one of the seeded sequence. */
export function createQueryFuzzer(schema: GraphQLSchema, options: QueryFuzzerOptions): () => FuzzCase {
  const random = new Random(mulberry32(options.seed));
  const brokenShare = options.brokenShare ?? 0.15;
  const mistakeShare = options.mistakeShare ?? 0.3;
  const queryType = schema.getQueryType();
  if (!queryType) throw new Error('the schema has no Query type');
  const rootFields = Object.values(queryType.getFields());
  let index = 0;

  const stringFor = (hint: string): string => {
    if (random.chance(0.12)) return random.pick(hostileStrings);
    if (random.chance(0.03)) return random.pick(['x'.repeat(250), 'software-architect'.repeat(60)]);
    if (random.chance(0.005)) return 'a'.repeat(5000);
    switch (hint) {
      case 'from':
      case 'to':
      case 'avoid':
        return random.pick(roleSlugs);
      case 'have':
        return random.pick(skillSlugs);
      case 'id':
        return random.pick(globalIds);
      case 'text':
        return random.pick(searchTexts);
      case 'after':
        return random.pick(cursors);
      default:
        return random.pick([...roleSlugs, ...skillSlugs, ...technologySlugs, ...otherSlugs]);
    }
  };

  /** A value that does not fit `type`: another scalar kind, null for non-null, an out-of-range int. */
  const wrongValue = (type: GraphQLInputType): Value => {
    const named = getNamedType(type);
    const options: Value[] = [
      { kind: 'object', fields: [['x', { kind: 'int', value: 1 }]] },
      { kind: 'list', items: [{ kind: 'list', items: [{ kind: 'boolean', value: true }] }] },
      { kind: 'float', value: 1.5 },
      { kind: 'int', value: 4_294_967_296 },
      { kind: 'enum', value: 'NOT_A_VALUE' },
    ];
    if (isNonNullType(type)) options.push({ kind: 'null' });
    if (named.name === 'String' || named.name === 'ID') options.push({ kind: 'boolean', value: false });
    else options.push({ kind: 'string', value: 'many' });
    return random.pick(options);
  };

  const valueFor = (type: GraphQLInputType, hint: string, state: OperationState, depth = 0): Value => {
    if (state.mistakes && random.chance(0.1)) {
      state.tricks.add('wrong-type');
      return wrongValue(type);
    }
    if (isNonNullType(type)) return valueFor(type.ofType, hint, state, depth);
    if (random.chance(0.06)) return { kind: 'null' };
    if (isListType(type)) {
      const itemType = type.ofType as GraphQLInputType;
      // Input coercion accepts a single item where a list is expected.
      if (random.chance(0.1)) return valueFor(itemType, hint, state, depth + 1);
      const length = random.pick([0, 1, 1, 2, 3, 5, depth > 0 ? 1 : 12]);
      return {
        kind: 'list',
        items: Array.from({ length }, () => valueFor(itemType, hint, state, depth + 1)),
      };
    }
    if (isEnumType(type)) return { kind: 'enum', value: random.pick(type.getValues()).name };
    if (isInputObjectType(type)) {
      const fields: [string, Value][] = [];
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) || random.chance(0.5))
          fields.push([field.name, valueFor(field.type, field.name, state, depth + 1)]);
      }
      if (state.mistakes && random.chance(0.1)) {
        state.tricks.add('unknown-input-field');
        fields.push(['bogus', { kind: 'int', value: 1 }]);
      }
      return { kind: 'object', fields };
    }
    switch (type.name) {
      case 'Int':
        return { kind: 'int', value: random.pick(ints) };
      case 'Float':
        return { kind: 'float', value: random.pick(floats) };
      case 'Boolean':
        return { kind: 'boolean', value: random.chance(0.5) };
      default:
        return { kind: 'string', value: stringFor(hint) };
    }
  };

  const argumentsFor = (args: readonly GraphQLArgument[], state: OperationState): string => {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (required && state.mistakes && random.chance(0.05)) {
        state.tricks.add('missing-argument');
        continue;
      }
      if (!required && !random.chance(0.45)) continue;
      const value = valueFor(arg.type, arg.name, state);
      if (state.useVariables && random.chance(0.7)) {
        const name = `v${state.declarations.length}`;
        let declared = String(arg.type);
        if (state.mistakes && random.chance(0.25)) {
          declared = random.pick(wrongTypeNames);
          state.tricks.add('variable-type-mismatch');
        }
        const withDefault =
          !declared.endsWith('!') && random.chance(0.1)
            ? ` = ${toLiteral(valueFor(arg.type, arg.name, state))}`
            : '';
        state.declarations.push(`$${name}: ${declared}${withDefault}`);
        if (state.mistakes && random.chance(0.15)) state.tricks.add('variable-missing');
        else state.variables[name] = toJson(value);
        parts.push(`${arg.name}: $${name}`);
      } else {
        parts.push(`${arg.name}: ${toLiteral(value)}`);
      }
    }
    if (state.mistakes && random.chance(0.06)) {
      state.tricks.add('unknown-argument');
      parts.push(`${random.pick(['bogus', 'limit', 'where'])}: ${random.pick(['1', '"x"', 'true'])}`);
    }
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  };

  const aliasFor = (state: OperationState): string => {
    if (!random.chance(state.aliasRate)) return '';
    state.aliasCount++;
    return `a${state.aliasCount}: `;
  };

  const fieldText = (
    field: GraphQLField<unknown, unknown>,
    depth: number,
    state: OperationState,
    alias = aliasFor(state),
  ): string => {
    const named = getNamedType(field.type);
    const head = `${alias}${field.name}${argumentsFor(field.args, state)}`;
    return isCompositeType(named) ? `${head} ${selectionSet(named, depth + 1, state)}` : head;
  };

  const leafFields = (type: GraphQLObjectType | GraphQLNamedType) =>
    isObjectType(type) || isInterfaceType(type)
      ? Object.values(type.getFields()).filter(
          (field) =>
            isLeafType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type)),
        )
      : [];

  /** Inline fragments on some implementations of an abstract type, or on an interface an object implements. */
  const inlineFragments = (type: GraphQLCompositeType, depth: number, state: OperationState): string[] => {
    const targets: GraphQLCompositeType[] = [];
    if (isInterfaceType(type) || isUnionType(type)) {
      targets.push(...random.sample(schema.getPossibleTypes(type), random.int(1, 2)));
    }
    if (random.chance(0.3)) {
      const implemented = new Set(
        isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().map((i) => i.name) : [],
      );
      const candidates = interfaceNames.filter((name) => implemented.has(name) && name !== type.name);
      if (candidates.length > 0)
        targets.push(schema.getType(random.pick(candidates)) as GraphQLCompositeType);
    }
    if (targets.length > 0) state.tricks.add('inline-fragment');
    return targets.map((target) => `... on ${target.name} ${selectionSet(target, depth, state)}`);
  };

  /** A selection set for `type` whose fields sit at `depth` (root fields are at depth 1). */
  const selectionSet = (type: GraphQLCompositeType, depth: number, state: OperationState): string => {
    const selections: string[] = [];
    if (!isUnionType(type)) {
      const fields = Object.values(type.getFields());
      const leaves = leafFields(type);
      const composite = fields.filter((field) => isCompositeType(getNamedType(field.type)));
      if (depth >= state.maxDepth || composite.length === 0) {
        for (const field of random.sample(leaves, random.int(1, 3)))
          selections.push(fieldText(field, depth, state));
      } else if (state.deep) {
        selections.push(fieldText(random.pick(composite), depth, state));
        if (leaves.length > 0 && random.chance(0.5))
          selections.push(fieldText(random.pick(leaves), depth, state));
      } else {
        for (const field of random.sample(fields, random.int(1, 4)))
          selections.push(fieldText(field, depth, state));
      }
    }
    if (isUnionType(type) || isInterfaceType(type) ? random.chance(0.6) : random.chance(0.1)) {
      selections.push(...inlineFragments(type, depth, state));
    }
    if (selections.length === 0 || random.chance(0.08)) selections.push('__typename');
    return `{ ${selections.join(' ')} }`;
  };

  const wellFormed = (): { query: string; variables: Record<string, unknown>; tricks: Set<string> } => {
    const deep = random.chance(0.12);
    const aliasStorm = random.chance(0.06);
    const state: OperationState = {
      variables: {},
      declarations: [],
      tricks: new Set(),
      mistakes: random.chance(mistakeShare),
      useVariables: random.chance(0.25),
      maxDepth: deep ? random.int(9, 16) : random.int(1, 6),
      deep,
      aliasRate: aliasStorm ? 1 : 0.1,
      aliasCount: 0,
    };
    if (deep) state.tricks.add('deep');
    if (state.useVariables) state.tricks.add('variables');
    const roots = random.sample(rootFields, random.int(1, 3)).map((field) => fieldText(field, 1, state));
    if (aliasStorm) {
      state.tricks.add('alias-storm');
      const first = random.pick(
        rootFields.filter((field) => field.args.every((arg) => !isNonNullType(arg.type))),
      );
      const copies = random.int(10, 45);
      for (let copy = 0; copy < copies; copy++) {
        state.aliasCount++;
        roots.push(fieldText(first, 1, { ...state, maxDepth: 2, deep: false }, `a${state.aliasCount}: `));
      }
    }
    const body = `{ ${roots.join(' ')} }`;
    let query: string;
    if (random.chance(0.05)) {
      state.tricks.add('named-fragment');
      query = `query${variableList(state)} { ...Root } fragment Root on Query ${body}`;
    } else if (state.declarations.length > 0 || random.chance(0.3)) {
      query = `query Fuzz${index}${variableList(state)} ${body}`;
    } else {
      query = body;
    }
    if (random.chance(0.03)) {
      state.tricks.add('extra-variable');
      state.variables.unused = 'x';
    }
    return { query, variables: state.variables, tricks: state.tricks };
  };

  const variableList = (state: OperationState) =>
    state.declarations.length > 0 ? `(${state.declarations.join(', ')})` : '';

  const broken = (): { query: string; variables: Record<string, unknown>; trick: string } => {
    const base = wellFormed().query;
    const at = (text: string) => random.int(0, text.length);
    const kind = random.pick([
      'truncated',
      'stray-brace',
      'unknown-field',
      'missing-selection',
      'bad-character',
      'unknown-directive',
      'unknown-fragment-type',
      'duplicate-operation',
      'empty',
      'unterminated-string',
    ]);
    const insertAt = (text: string, insert: string) => {
      const position = at(text);
      return `${text.slice(0, position)}${insert}${text.slice(position)}`;
    };
    const afterBrace = (text: string, insert: string) => {
      const braces = [...text.matchAll(/\{/g)].map((match) => match.index ?? 0);
      const position = braces.length > 0 ? random.pick(braces) + 1 : 0;
      return `${text.slice(0, position)} ${insert} ${text.slice(position)}`;
    };
    let query: string;
    switch (kind) {
      case 'truncated':
        query = base.slice(0, random.int(1, Math.max(1, base.length - 1)));
        break;
      case 'stray-brace':
        query = insertAt(base, random.pick(['{', '}', '}}', '{{', '(', ']']));
        break;
      case 'unknown-field':
        query = afterBrace(base, random.pick(['bogusField', 'password', '__proto__', 'constructor']));
        break;
      case 'missing-selection': {
        const field = random.pick(rootFields.filter((f) => isCompositeType(getNamedType(f.type))));
        const args = field.args
          .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
          .map(
            (arg) => `${arg.name}: ${isListType(getNullable(arg.type)) ? '["sql"]' : '"software-architect"'}`,
          );
        query = `{ ${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''} }`;
        break;
      }
      case 'bad-character': {
        const position = at(base);
        query = `${base.slice(0, position)}${random.pick([')', ':', '$', '@', '"', '!', '#', '\u0000', '…', '\\'])}${base.slice(position + 1)}`;
        break;
      }
      case 'unknown-directive':
        query = base.replace(/^(\{|query[^{]*\{)\s*(\w+)/, '$1 $2 @nope');
        break;
      case 'unknown-fragment-type':
        query = afterBrace(base, '... on NoSuchType { id }');
        break;
      case 'duplicate-operation':
        query = 'query A { __typename } query A { sources { slug } }';
        break;
      case 'empty':
        query = random.pick(['', '   ', '# only a comment', '{}', 'query', '{ }']);
        break;
      default:
        query = '{ role(slug: "software-architect) { name } }';
    }
    return { query, variables: {}, trick: `broken:${kind}` };
  };

  return () => {
    const current = index++;
    if (random.chance(brokenShare)) {
      const { query, variables, trick } = broken();
      return { index: current, query, variables, tricks: [trick] };
    }
    const { query, variables, tricks } = wellFormed();
    return { index: current, query, variables, tricks: [...tricks].sort() };
  };
}

function getNullable(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? (type.ofType as GraphQLInputType) : type;
}

/** The first `count` cases of the sequence for `seed`. */
export function fuzzQueries(schema: GraphQLSchema, count: number, seed: number): FuzzCase[] {
  const next = createQueryFuzzer(schema, { seed });
  return Array.from({ length: count }, next);
}
