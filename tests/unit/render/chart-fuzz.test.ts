/**
 * Issue 15: no chart a deck may hold makes drawing it run away. fast-check writes chart specs
 * from the whole of what a chart may be (common/deck/chart-spec.ts) and some of what it may
 * not: expressions built from allowed and forbidden functions, marks, layers, folds, axes with
 * ticks at time intervals, scales, colours and things that are not, over hostile data (dates
 * half a million years apart, numbers near the ends of a double, long and hostile text), and
 * Lectern's own charts drawn from such tables. Every spec the check accepts is drawn in the
 * chart worker with its real limits (main/export/chart-worker-pool.ts) and must come back
 * within them, drawn or with a reason, never stopped by a limit; every spec using a forbidden
 * function is refused before it is drawn.
 *
 * Runs are bounded (a few dozen specs, each drawn in well under a second) so the test takes
 * seconds; FC_RUNS=500 runs it longer.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { chartSpecProblems, CHART_MARKS } from '../../../common/deck/chart-spec';
import { Deck } from '../../../common/deck/schema';
import { chartSpec, CHART_KINDS } from '../../../common/ops/chart';
import { ChartSandbox, CHART_LIMITS } from '../../../main/export/chart-worker-pool';

const RUNS = Number(process.env.FC_RUNS ?? 30);
const sandbox = new ChartSandbox();
afterAll(() => sandbox.close());

const FIELDS = ['k', 'v', 'w', 'year', 'when', 'c0', 'c1'] as const;
const ALLOWED = [
  'abs',
  'floor',
  'ceil',
  'round',
  'sqrt',
  'log',
  'exp',
  'pow',
  'min',
  'max',
  'clamp',
  'utc',
  'datetime',
  'year',
  'month',
  'utcyear',
  'toNumber',
  'toString',
  'toDate',
  'isValid',
  'isNumber',
  'length',
  'lower',
  'upper',
  'trim',
  'substring',
  'truncate',
  'indexof',
  'join',
  'replace',
  'split',
  'format',
  'timeFormat',
  'utcFormat',
  'if',
  'span',
  'extent',
  'inrange',
  'sequence',
];
const FORBIDDEN = [
  'regexp',
  'test',
  'now',
  'random',
  'timeSequence',
  'utcSequence',
  'pad',
  'repeat',
  'eval',
  'scale',
  'data',
  'indata',
];

interface Expr {
  text: string;
  forbidden: boolean;
}

const number = fc.oneof(
  fc.integer({ min: -1000, max: 3000 }),
  fc.constantFrom(0, 1, -1, 1e9, -1e9, 1.7e308, -1.7e308, 5e-324, 270000, -270000, 8.64e15),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    'a'.repeat(2000),
    '1935-10',
    '1929',
    'before 1926',
    '',
    ' · ',
  ),
);

/** A Vega expression from allowed and forbidden parts, marked when it uses a forbidden one. */
const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...FIELDS).map((f) => ({ text: `datum.${f}`, forbidden: false })),
    fc
      .constantFrom(...FIELDS)
      .map((f) => ({ text: `datum[${JSON.stringify(f)}]`, forbidden: false })),
    number.map((n) => ({ text: String(n), forbidden: false })),
    hostileText.map((s) => ({ text: JSON.stringify(s.slice(0, 40)), forbidden: false })),
    fc
      .tuple(
        fc.constantFrom('+', '-', '*', '/', '%', '<', '>', '==', '===', '&&', '||'),
        tie('e'),
        tie('e'),
      )
      .map(([op, a, b]) => ({
        text: `(${a.text} ${op} ${b.text})`,
        forbidden: a.forbidden || b.forbidden,
      })),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => ({
      text: `(${a.text} ? ${b.text} : ${c.text})`,
      forbidden: a.forbidden || b.forbidden || c.forbidden,
    })),
    fc
      .tuple(fc.constantFrom(...ALLOWED), fc.array(tie('e'), { minLength: 1, maxLength: 3 }))
      .map(([fn, args]) => ({
        text: `${fn}(${args.map((a) => a.text).join(', ')})`,
        // A sequence of numbers not written out is refused too (a long one as well, left to the check).
        forbidden:
          args.some((a) => a.forbidden) ||
          (fn === 'sequence' && !args.every((a) => /^-?[\d.]+(e[-+]?\d+)?$/.test(a.text))),
      })),
    fc
      .tuple(fc.constantFrom(...FORBIDDEN), fc.array(tie('e'), { maxLength: 2 }))
      .map(([fn, args]) => ({
        text: `${fn}(${args.map((a) => a.text).join(', ')})`,
        forbidden: true,
      })),
    fc.constantFrom(
      { text: "replace(datum.k, /(a+)+$/, '')", forbidden: true },
      { text: 'sequence(0, 1e9)', forbidden: true },
      {
        text: "test(regexp('^(a+)+$'), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
        forbidden: true,
      },
    ),
  ),
})).e;

const colour = fc.oneof(
  fc.constantFrom(
    'steelblue',
    '#0066aa',
    '#abc',
    'rgb(10, 20, 30)',
    'hsl(200, 50%, 40%)',
    'transparent',
  ),
  fc.constantFrom('url(http://127.0.0.1:9/x.svg#a)', 'url(#clip)', 'var(--x)', 'expression(1)'),
);
const interval = fc.constantFrom('day', 'week', 'month', 'year', 'hour', 'millisecond');
const tickCount = fc.oneof(
  fc.integer({ min: 0, max: 120 }),
  interval,
  fc.record({ interval, step: fc.integer({ min: 1, max: 20 }) }),
);
const axis = fc.option(
  fc.record(
    {
      tickCount,
      labelAngle: fc.integer({ min: -90, max: 90 }),
      format: fc.constantFrom('%Y', ',', '.2f', '~s', 'd'),
      grid: fc.boolean(),
      labelColor: colour,
    },
    { requiredKeys: [] },
  ),
  { nil: null },
);
const scale = fc.record(
  {
    type: fc.constantFrom('linear', 'utc', 'band', 'point', 'log', 'ordinal'),
    zero: fc.boolean(),
    nice: fc.oneof(fc.boolean(), fc.record({ interval, step: fc.integer({ min: 1, max: 10 }) })),
    domain: fc.array(number, { maxLength: 3 }),
    padding: fc.integer({ min: 0, max: 50 }),
  },
  { requiredKeys: [] },
);
const channel = fc.record(
  {
    field: fc.constantFrom(...FIELDS, 'value', 'key'),
    type: fc.constantFrom('quantitative', 'nominal', 'ordinal', 'temporal'),
    axis,
    scale,
    sort: fc.constantFrom(null, 'ascending', '-y'),
    title: fc.option(hostileText, { nil: null }),
  },
  { requiredKeys: ['field', 'type'] },
);
const encoding = fc.record(
  {
    x: channel,
    y: channel,
    color: fc.oneof(
      channel,
      colour.map((value) => ({ value })),
    ),
    text: fc.record({ field: fc.constantFrom(...FIELDS) }),
  },
  { requiredKeys: [] },
);
const mark = fc.oneof(
  fc.constantFrom(...CHART_MARKS),
  fc.record(
    {
      type: fc.constantFrom(...CHART_MARKS),
      color: colour,
      point: fc.boolean(),
      strokeDash: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }),
      lineBreak: fc.constant(' · '),
      dx: fc.integer({ min: -20, max: 20 }),
    },
    { requiredKeys: ['type'] },
  ),
);
const transform = fc.oneof(
  fc
    .tuple(expr, fc.constantFrom('c0', 'c1', 'when'))
    .map(([e, as]) => ({ t: { calculate: e.text, as }, forbidden: e.forbidden })),
  expr.map((e) => ({ t: { filter: e.text }, forbidden: e.forbidden })),
  fc
    .subarray(['v', 'w', 'year'], { minLength: 1 })
    .map((fold) => ({ t: { fold }, forbidden: false })),
  fc.constant({
    t: {
      joinaggregate: [
        { op: 'min', field: 'v', as: 'lo' },
        { op: 'max', field: 'v', as: 'hi' },
      ],
    },
    forbidden: false,
  }),
);
const row = fc.record({
  k: hostileText,
  v: number,
  w: number,
  year: fc.oneof(fc.integer({ min: 1800, max: 2030 }), fc.constantFrom(-270000, 270000)),
  when: fc.constantFrom('1935-10', '1929', 'x', ''),
});

interface Case {
  spec: unknown;
  forbidden: boolean;
}

const handWritten: fc.Arbitrary<Case> = fc
  .record({
    values: fc.array(row, { maxLength: 40 }),
    transforms: fc.array(transform, { maxLength: 4 }),
    encoding,
    mark,
    layers: fc.array(fc.record({ mark, transforms: fc.array(transform, { maxLength: 2 }) }), {
      maxLength: 3,
    }),
  })
  .map(({ values, transforms, encoding: enc, mark: m, layers }) => {
    const forbidden =
      transforms.some((t) => t.forbidden) ||
      layers.some((l) => l.transforms.some((t) => t.forbidden));
    const base = {
      data: { values },
      ...(transforms.length ? { transform: transforms.map((t) => t.t) } : {}),
      encoding: enc,
    };
    const spec = layers.length
      ? {
          ...base,
          layer: layers.map((l) => ({
            mark: l.mark,
            ...(l.transforms.length ? { transform: l.transforms.map((t) => t.t) } : {}),
          })),
        }
      : { ...base, mark: m };
    return { spec, forbidden };
  });

/** Lectern's own charts, from tables with hostile cells. */
const lecterns: fc.Arbitrary<Case> = fc
  .record({
    kind: fc.constantFrom(...CHART_KINDS),
    first: fc.array(
      fc.oneof(
        fc.integer({ min: -270000, max: 270000 }),
        fc.integer({ min: 1000, max: 2999 }),
        hostileText,
      ),
      { minLength: 1, maxLength: 30 },
    ),
    series: fc.integer({ min: 1, max: 4 }),
    cells: fc.array(fc.oneof(number, hostileText, fc.constant(null)), {
      minLength: 120,
      maxLength: 120,
    }),
  })
  .map(({ kind, first, series, cells }) => {
    const columns = ['Year', ...Array.from({ length: series }, (_, i) => `S${i}`)];
    const rows = first.map((f, r) => [
      f,
      ...Array.from({ length: series }, (_, i) => cells[(r * series + i) % cells.length]!),
    ]);
    try {
      return { spec: chartSpec({ columns, rows }, kind), forbidden: false };
    } catch {
      return { spec: chartSpec({ columns, rows }, 'bar'), forbidden: false };
    }
  });

/** A limit stopped the drawing (or the worker died): what must never happen to an accepted chart. */
const LIMIT = /took longer than|needed more than|renderer stopped|could not start|shut down/;

describe('chart specs, fuzzed', () => {
  it(
    `no chart the check accepts exceeds the worker's limits (${CHART_LIMITS.timeMs / 1000} s, ${CHART_LIMITS.heapMb} MB), and none with a forbidden function is accepted`,
    { timeout: 600_000 },
    async () => {
      let drawn = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(handWritten, lecterns), async ({ spec, forbidden }) => {
          // Only what the deck schema keeps can be in a deck (data rows of scalars, no URLs).
          const deck = Deck.safeParse({
            format: 'lectern-deck',
            version: 1,
            meta: { title: 't' },
            slides: [
              {
                id: 's',
                layout: 'figure',
                blocks: [{ type: 'figure', id: 'f', figure: { kind: 'chart', spec } }],
              },
            ],
          });
          if (!deck.success) return;
          const problems = chartSpecProblems(spec);
          if (forbidden) expect(problems, JSON.stringify(spec).slice(0, 300)).not.toEqual([]);
          if (problems.length) {
            refused++;
            return;
          }
          const started = Date.now();
          const result = await sandbox.draw(spec as never, {
            theme: 'light',
            width: 1152,
            height: 420,
          });
          drawn++;
          if (!result.ok)
            expect(result.reason, JSON.stringify(spec).slice(0, 300)).not.toMatch(LIMIT);
          expect(Date.now() - started).toBeLessThan(CHART_LIMITS.timeMs + CHART_LIMITS.startMs);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      // Both sides were exercised.
      expect(drawn).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    },
  );
});
