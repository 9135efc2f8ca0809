/**
 * The Vega expressions a deck's chart may hold (`transform.calculate`, a `filter` string,
 * `params[].expr`), checked against an allow-list on their parsed form (vega-expression's own
 * parser, so the check sees exactly what Vega would run): the functions Lectern's charts use
 * and a few more that cost no more than their input, `datum` fields, constants and declared
 * params. No regular expressions (`regexp`, `test`, a `/…/` literal), no `sequence` beyond a
 * short run of literal numbers, no unknown function, no method calls, no object literals.
 *
 * Every allowed function runs in time and memory bounded by its arguments, which are bounded
 * by the deck (a row's scalars, the expression's own literals), so an allowed expression can
 * be evaluated for every row of a chart without a limit of its own.
 */
import { parseExpression } from 'vega-expression';

/** Longer than any expression Lectern writes (the fraction chart's is ~900 characters). */
export const MAX_EXPRESSION_LENGTH = 4000;
/** Parsed nodes in one expression. */
export const MAX_EXPRESSION_NODES = 1000;
/** The most numbers `sequence(…)` may make in a chart's expression. */
export const MAX_SEQUENCE = 1000;

/**
 * Functions a chart's expression may call. All are pure, deterministic and cost at most a
 * pass over their arguments. (`now` and `random` would draw a different chart every time.)
 */
const FUNCTIONS = new Set([
  // type checks and coercion
  'isArray',
  'isBoolean',
  'isDate',
  'isDefined',
  'isNumber',
  'isString',
  'isValid',
  'isNaN',
  'isFinite',
  'toBoolean',
  'toDate',
  'toNumber',
  'toString',
  // control
  'if',
  // maths
  'abs',
  'acos',
  'asin',
  'atan',
  'atan2',
  'ceil',
  'clamp',
  'cos',
  'exp',
  'floor',
  'hypot',
  'log',
  'max',
  'min',
  'pow',
  'round',
  'sin',
  'sqrt',
  'tan',
  // dates
  'datetime',
  'date',
  'day',
  'dayofyear',
  'year',
  'quarter',
  'month',
  'week',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
  'time',
  'timezoneoffset',
  'utc',
  'utcdate',
  'utcday',
  'utcdayofyear',
  'utcyear',
  'utcquarter',
  'utcmonth',
  'utcweek',
  'utchours',
  'utcminutes',
  'utcseconds',
  'utcmilliseconds',
  // arrays and strings (of the row's scalars and the expression's literals)
  'extent',
  'clampRange',
  'indexof',
  'inrange',
  'join',
  'lastindexof',
  'length',
  'lerp',
  'peek',
  'reverse',
  'slice',
  'span',
  'lower',
  'upper',
  'trim',
  'substring',
  'truncate',
  'parseFloat',
  'parseInt',
  'split',
  'replace',
  // formatting
  'format',
  'timeFormat',
  'utcFormat',
  'timeParse',
  'utcParse',
  'monthFormat',
  'monthAbbrevFormat',
  'dayFormat',
  'dayAbbrevFormat',
  // checked for its size below
  'sequence',
]);

/** Functions refused with a reason of their own rather than as unknown. */
const REGEXP_FUNCTIONS = new Set(['regexp', 'test']);

/** Vega's expression constants. */
const CONSTANTS = new Set([
  'NaN',
  'E',
  'LN2',
  'LN10',
  'LOG2E',
  'LOG10E',
  'PI',
  'SQRT1_2',
  'SQRT2',
  'MIN_VALUE',
  'MAX_VALUE',
]);

/** Property names that reach an object's machinery instead of a row's field. */
const FORBIDDEN_PROPERTIES = new Set(['__proto__', 'constructor', 'prototype']);

interface Node {
  type: string;
  [key: string]: unknown;
}

/** The expression as a message quotes it: on one line, at most 80 characters. */
export function quoteExpression(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > 80 ? `${line.slice(0, 79)}…` : line}"`;
}

/** A number written in the expression (`3`, `-2`, `1e3`), or undefined for anything else. */
function literalNumber(node: Node | undefined): number | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'number') return node.value;
  if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+')) {
    const n = literalNumber(node.argument as Node);
    return n === undefined ? undefined : node.operator === '-' ? -n : n;
  }
  return undefined;
}

/** How many numbers `sequence(args)` makes, or undefined when its arguments are not numbers written out. */
function sequenceLength(args: Node[]): number | undefined {
  if (args.length < 1 || args.length > 3) return undefined;
  const nums = args.map(literalNumber);
  if (nums.some((n) => n === undefined || !Number.isFinite(n))) return undefined;
  const [a, b, c] = nums as number[];
  const [start, stop, step] = args.length === 1 ? [0, a!, 1] : [a!, b!, c ?? 1];
  if (step === 0) return 0;
  return Math.max(0, Math.ceil((stop - start) / step));
}

/** Why `node` (one node of the parsed expression) is refused, or undefined when it is allowed. */
function refusal(
  node: Node,
  params: ReadonlySet<string>,
  parent: Node | undefined,
): string | undefined {
  switch (node.type) {
    case 'Literal':
      if (node.regex !== undefined) return 'uses a regular expression; a chart may not';
      return undefined;
    case 'Identifier': {
      const name = node.name as string;
      // A call's name, or a field after a dot: checked where they are used.
      if (parent?.type === 'CallExpression' && parent.callee === node) return undefined;
      if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) {
        return FORBIDDEN_PROPERTIES.has(name) ? `reads "${name}", which is not a field` : undefined;
      }
      if (name === 'datum' || CONSTANTS.has(name) || params.has(name)) return undefined;
      return `uses "${name}", which is not a field of the row ("datum"), a constant or a param of the chart`;
    }
    case 'MemberExpression': {
      const object = node.object as Node;
      if (object.type !== 'Identifier' && object.type !== 'MemberExpression')
        return 'reads a field of something other than the row ("datum")';
      if (object.type === 'Identifier' && object.name !== 'datum')
        return `reads a field of "${String(object.name)}"; only the row ("datum") has fields`;
      if (node.computed) {
        const property = node.property as Node;
        if (
          property.type !== 'Literal' ||
          (typeof property.value !== 'string' && typeof property.value !== 'number')
        )
          return 'reads a field whose name is computed; write the name out';
        if (typeof property.value === 'string' && FORBIDDEN_PROPERTIES.has(property.value))
          return `reads "${property.value}", which is not a field`;
      }
      return undefined;
    }
    case 'CallExpression': {
      const callee = node.callee as Node;
      if (callee.type !== 'Identifier')
        return 'calls a method; a chart may call only functions by name';
      const name = callee.name as string;
      if (REGEXP_FUNCTIONS.has(name))
        return `calls ${name}(); a chart may not use regular expressions`;
      if (!FUNCTIONS.has(name))
        return `calls ${name}(), which is not one of the functions a chart may use`;
      if (name === 'sequence') {
        const count = sequenceLength(node.arguments as Node[]);
        if (count === undefined) return 'calls sequence() with numbers that are not written out';
        if (count > MAX_SEQUENCE)
          return `calls sequence() over more than ${MAX_SEQUENCE.toLocaleString('en')} numbers`;
      }
      return undefined;
    }
    case 'ArrayExpression':
    case 'BinaryExpression':
    case 'LogicalExpression':
    case 'UnaryExpression':
    case 'ConditionalExpression':
      return undefined;
    case 'ObjectExpression':
      return 'builds an object; a chart may not';
    default:
      return `uses ${node.type}, which a chart may not`;
  }
}

/** The children of a parsed node, in source order. */
function children(node: Node): Node[] {
  switch (node.type) {
    case 'MemberExpression':
      return [node.object as Node, node.property as Node];
    case 'CallExpression':
      return [node.callee as Node, ...(node.arguments as Node[])];
    case 'ArrayExpression':
      return (node.elements as Array<Node | null>).filter((n): n is Node => n !== null);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return [node.left as Node, node.right as Node];
    case 'UnaryExpression':
      return [node.argument as Node];
    case 'ConditionalExpression':
      return [node.test as Node, node.consequent as Node, node.alternate as Node];
    case 'ObjectExpression':
      return (node.properties as Array<{ value: Node }>).map((p) => p.value);
    default:
      return [];
  }
}

/** What checking one expression found: why it is refused (undefined when allowed), and its size in parsed nodes. */
export interface ExpressionCheck {
  problem?: string;
  /** Parsed nodes: what evaluating it once for a row costs, roughly. */
  nodes: number;
}

/**
 * Checks the chart expression `text` against the allow-list. `params` are the names the
 * chart's `params` declare. A refusal quotes the expression.
 */
export function checkExpression(
  text: string,
  params: ReadonlySet<string> = new Set(),
): ExpressionCheck {
  const quoted = quoteExpression(text);
  if (text.length > MAX_EXPRESSION_LENGTH)
    return {
      problem: `the expression ${quoted} is longer than ${MAX_EXPRESSION_LENGTH.toLocaleString('en')} characters`,
      nodes: 0,
    };
  let root: Node;
  try {
    root = parseExpression(text) as unknown as Node;
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/\.$/, '') : 'it cannot be read';
    return {
      problem: `the expression ${quoted} is not a valid expression (${why.slice(0, 80)})`,
      nodes: 0,
    };
  }
  // Iterative, so a deeply nested expression cannot exhaust the stack here.
  const stack: Array<[Node, Node | undefined]> = [[root, undefined]];
  let nodes = 0;
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    if (++nodes > MAX_EXPRESSION_NODES)
      return {
        problem: `the expression ${quoted} has more than ${MAX_EXPRESSION_NODES.toLocaleString('en')} parts`,
        nodes,
      };
    const why = refusal(node, params, parent);
    if (why) return { problem: `the expression ${quoted} ${why}`, nodes };
    for (const child of children(node).reverse()) stack.push([child, node]);
  }
  return { nodes };
}

/** Why the chart expression `text` is refused, in words that quote it; undefined when it is allowed. */
export function expressionProblem(
  text: string,
  params: ReadonlySet<string> = new Set(),
): string | undefined {
  return checkExpression(text, params).problem;
}
