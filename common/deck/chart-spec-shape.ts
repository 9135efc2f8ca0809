/**
 * The shape of what a chart in a deck may be: the part of Vega-Lite that Lectern's charts use
 * (the chart ops in common/ops/chart*.ts, the drafts of common/generate/chart, the sample decks)
 * and a little around it for a chart written by hand: one view or one level of layers, with
 * inline data, the marks, channels, scales, axes and legends such charts need, and the
 * transforms `calculate`, `filter`, `fold`, `joinaggregate` and `aggregate`. Every number and
 * list is bounded by what a slide can show. What is checked beyond the shape (expressions,
 * how much a chart may draw) and the messages are in chart-spec.ts.
 */
import { z } from 'zod';
import { colourProblem, isChartColour } from './chart-spec-colour';
import { explain } from './chart-spec-explain';

const num = (min: number, max: number) => z.number().min(min).max(max);
const Px = num(-10_000, 10_000);
const Size = num(0, 10_000);
const Fraction = num(0, 1);
const Angle = num(-360, 360);
const FontSize = num(1, 200);
const Label = z.string().max(2000);
const FieldName = z.string().min(1).max(400);
const Scalar = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
const Title = z.union([Label, z.null(), z.array(Label).max(10)]);
const Format = z.string().max(60);
const FormatType = z.enum(['number', 'time', 'utc']);
const Font = z
  .string()
  .max(200)
  .regex(/^[\w\s'",.-]*$/, 'must be a list of font names');
const FontWeight = z.union([
  z.enum(['normal', 'bold', 'lighter', 'bolder']),
  z.int().min(100).max(900),
]);
const Align = z.enum(['left', 'center', 'right']);
const Baseline = z.enum(['top', 'middle', 'bottom', 'alphabetic', 'line-top', 'line-bottom']);
const SymbolShape = z.enum([
  'circle',
  'square',
  'cross',
  'diamond',
  'triangle-up',
  'triangle-down',
  'triangle-right',
  'triangle-left',
  'triangle',
  'stroke',
  'arrow',
  'wedge',
]);
const AggregateOp = z.enum([
  'count',
  'valid',
  'missing',
  'distinct',
  'sum',
  'product',
  'mean',
  'average',
  'variance',
  'variancep',
  'stdev',
  'stdevp',
  'stderr',
  'median',
  'q1',
  'q3',
  'ci0',
  'ci1',
  'min',
  'max',
]);
/** Ticks and nice bounds no finer than a day: with dates far apart, finer ones run to millions. */
const TimeInterval = z.enum(['day', 'week', 'month', 'year']);
const TimeUnit = z
  .string()
  .regex(
    /^(utc)?(year|quarter|month|week|day|dayofyear|date|hours|minutes|seconds|milliseconds){1,4}$/,
    'is not a time unit',
  );

/** A paint value: a colour and nothing else (see chart-spec-colour.ts). */
const Colour = z.unknown().superRefine((value, ctx) => {
  if (!isChartColour(value)) ctx.addIssue({ code: 'custom', message: colourProblem(value) });
});

/** A Vega expression, checked against the allow-list after the shape (it needs the chart's params). */
const Expression = z.string();

const IntervalStep = z.strictObject({
  interval: TimeInterval,
  step: z.int().min(1).max(10_000).optional(),
});
const TickCount = z.union([z.int().min(0).max(100), TimeInterval, IntervalStep]);

const Scale = z.strictObject({
  type: z
    .enum(['linear', 'log', 'pow', 'sqrt', 'symlog', 'time', 'utc', 'ordinal', 'band', 'point'])
    .optional(),
  domain: z.array(Scalar).max(1000).optional(),
  domainMin: z.number().optional(),
  domainMax: z.number().optional(),
  domainMid: z.number().optional(),
  range: z
    .array(
      z.unknown().superRefine((v, ctx) => {
        if (!(typeof v === 'number' && Number.isFinite(v)) && !isChartColour(v))
          ctx.addIssue({ code: 'custom', message: colourProblem(v) });
      }),
    )
    .max(100)
    .optional(),
  scheme: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/, 'is not a colour scheme name')
    .optional(),
  zero: z.boolean().optional(),
  nice: z.union([z.boolean(), z.int().min(0).max(100), TimeInterval, IntervalStep]).optional(),
  padding: Size.optional(),
  paddingInner: num(0, 100).optional(),
  paddingOuter: num(0, 100).optional(),
  reverse: z.boolean().optional(),
  clamp: z.boolean().optional(),
  round: z.boolean().optional(),
  exponent: num(-100, 100).optional(),
  base: num(0, 1e6).optional(),
  constant: num(0, 1e6).optional(),
});

const Axis = z.strictObject({
  title: Title.optional(),
  format: Format.optional(),
  formatType: FormatType.optional(),
  labelAngle: Angle.optional(),
  labelLimit: Size.optional(),
  labelPadding: Px.optional(),
  labelOverlap: z.union([z.boolean(), z.enum(['parity', 'greedy'])]).optional(),
  labelFlush: z.union([z.boolean(), Size]).optional(),
  labelBound: z.union([z.boolean(), Size]).optional(),
  labelAlign: Align.optional(),
  labelBaseline: Baseline.optional(),
  labelFont: Font.optional(),
  labelFontSize: FontSize.optional(),
  labelFontWeight: FontWeight.optional(),
  labels: z.boolean().optional(),
  tickCount: TickCount.optional(),
  tickMinStep: z.number().min(0).optional(),
  ticks: z.boolean().optional(),
  tickSize: Size.optional(),
  grid: z.boolean().optional(),
  domain: z.boolean().optional(),
  orient: z.enum(['top', 'bottom', 'left', 'right']).optional(),
  offset: Px.optional(),
  values: z.array(Scalar).max(1000).optional(),
  titleFont: Font.optional(),
  titleFontSize: FontSize.optional(),
  titleFontWeight: FontWeight.optional(),
  titlePadding: Px.optional(),
  minExtent: Size.optional(),
  maxExtent: Size.optional(),
  zindex: z.int().min(0).max(10).optional(),
  domainColor: Colour.optional(),
  gridColor: Colour.optional(),
  labelColor: Colour.optional(),
  tickColor: Colour.optional(),
  titleColor: Colour.optional(),
});

const Legend = z.strictObject({
  title: Title.optional(),
  orient: z
    .enum([
      'left',
      'right',
      'top',
      'bottom',
      'top-left',
      'top-right',
      'bottom-left',
      'bottom-right',
      'none',
    ])
    .optional(),
  direction: z.enum(['horizontal', 'vertical']).optional(),
  columns: z.int().min(0).max(50).optional(),
  format: Format.optional(),
  formatType: FormatType.optional(),
  values: z.array(Scalar).max(100).optional(),
  labelLimit: Size.optional(),
  labelFont: Font.optional(),
  labelFontSize: FontSize.optional(),
  titleFont: Font.optional(),
  titleFontSize: FontSize.optional(),
  titleLimit: Size.optional(),
  symbolType: SymbolShape.optional(),
  symbolSize: num(0, 1e5).optional(),
  offset: Px.optional(),
  padding: Size.optional(),
  labelColor: Colour.optional(),
  titleColor: Colour.optional(),
  symbolFillColor: Colour.optional(),
  symbolStrokeColor: Colour.optional(),
});

const SortOrder = z.enum(['ascending', 'descending']);
const Sort = z.union([
  z.null(),
  SortOrder,
  z.enum(['x', 'y', 'color', 'text', '-x', '-y', '-color', '-text']),
  z.array(Scalar).max(1000),
  z.strictObject({
    field: FieldName.optional(),
    op: AggregateOp.optional(),
    order: SortOrder.nullable().optional(),
  }),
]);

/** One encoding channel; `value` is what the channel takes as a constant (a colour for paint channels). */
function channel<V extends z.ZodType>(value: V) {
  return z.strictObject({
    field: FieldName.optional(),
    type: z.enum(['quantitative', 'nominal', 'ordinal', 'temporal']).optional(),
    datum: Scalar.optional(),
    value: value.optional(),
    title: Title.optional(),
    aggregate: AggregateOp.optional(),
    sort: Sort.optional(),
    scale: Scale.nullable().optional(),
    axis: Axis.nullable().optional(),
    legend: Legend.nullable().optional(),
    format: Format.optional(),
    formatType: FormatType.optional(),
    stack: z.union([z.boolean(), z.null(), z.enum(['zero', 'normalize', 'center'])]).optional(),
    bandPosition: Fraction.optional(),
    timeUnit: TimeUnit.optional(),
  });
}
const Position = channel(Scalar);
const Paint = channel(Colour);
const TextChannel = channel(Label);
const oneOrMore = <T extends z.ZodType>(c: T) => z.union([c, z.array(c).max(20)]);

const Encoding = z.strictObject({
  x: Position.optional(),
  y: Position.optional(),
  x2: Position.optional(),
  y2: Position.optional(),
  xOffset: Position.optional(),
  yOffset: Position.optional(),
  color: Paint.optional(),
  fill: Paint.optional(),
  stroke: Paint.optional(),
  opacity: channel(Fraction).optional(),
  fillOpacity: channel(Fraction).optional(),
  strokeOpacity: channel(Fraction).optional(),
  size: channel(num(0, 1e5)).optional(),
  strokeWidth: channel(num(0, 100)).optional(),
  angle: channel(Angle).optional(),
  shape: channel(SymbolShape).optional(),
  text: TextChannel.optional(),
  tooltip: z.union([z.null(), oneOrMore(TextChannel)]).optional(),
  detail: oneOrMore(Position).optional(),
  order: oneOrMore(Position).optional(),
});

export const CHART_MARKS = [
  'area',
  'bar',
  'circle',
  'line',
  'point',
  'rect',
  'rule',
  'square',
  'text',
  'tick',
  'trail',
] as const;
const MarkType = z.enum(CHART_MARKS);
const StrokeDash = z.array(num(0, 1000)).max(10);
const MarkDef = z.strictObject({
  type: MarkType,
  align: Align.optional(),
  baseline: Baseline.optional(),
  dx: Px.optional(),
  dy: Px.optional(),
  angle: Angle.optional(),
  filled: z.boolean().optional(),
  size: num(0, 1e5).optional(),
  opacity: Fraction.optional(),
  fillOpacity: Fraction.optional(),
  strokeOpacity: Fraction.optional(),
  point: z
    .union([
      z.boolean(),
      z.literal('transparent'),
      z.strictObject({
        filled: z.boolean().optional(),
        size: num(0, 1e5).optional(),
        color: Colour.optional(),
        opacity: Fraction.optional(),
        shape: SymbolShape.optional(),
      }),
    ])
    .optional(),
  line: z
    .union([
      z.boolean(),
      z.strictObject({
        color: Colour.optional(),
        strokeWidth: num(0, 100).optional(),
        strokeDash: StrokeDash.optional(),
        opacity: Fraction.optional(),
      }),
    ])
    .optional(),
  strokeCap: z.enum(['butt', 'round', 'square']).optional(),
  strokeJoin: z.enum(['miter', 'round', 'bevel']).optional(),
  strokeDash: StrokeDash.optional(),
  strokeWidth: num(0, 100).optional(),
  tooltip: z
    .union([z.boolean(), z.null(), z.strictObject({ content: z.enum(['data', 'encoding']) })])
    .optional(),
  lineBreak: z.string().max(10).optional(),
  color: Colour.optional(),
  fill: Colour.optional(),
  stroke: Colour.optional(),
  interpolate: z
    .enum([
      'linear',
      'linear-closed',
      'step',
      'step-before',
      'step-after',
      'basis',
      'cardinal',
      'catmull-rom',
      'monotone',
      'natural',
    ])
    .optional(),
  tension: Fraction.optional(),
  clip: z.boolean().optional(),
  cornerRadius: Size.optional(),
  cornerRadiusEnd: Size.optional(),
  thickness: Size.optional(),
  orient: z.enum(['horizontal', 'vertical']).optional(),
  shape: SymbolShape.optional(),
  text: Label.optional(),
  font: Font.optional(),
  fontSize: FontSize.optional(),
  fontWeight: FontWeight.optional(),
  fontStyle: z.enum(['normal', 'italic']).optional(),
  limit: Size.optional(),
  ellipsis: z.string().max(10).optional(),
  width: z.union([Size, z.strictObject({ band: num(0, 10) })]).optional(),
  height: z.union([Size, z.strictObject({ band: num(0, 10) })]).optional(),
  binSpacing: Size.optional(),
  continuousBandSize: Size.optional(),
  discreteBandSize: Size.optional(),
});
const Mark = z.union([MarkType, MarkDef]);

const FieldPredicate = z.strictObject({
  field: FieldName,
  equal: Scalar.optional(),
  lt: z.union([z.number(), z.string().max(100)]).optional(),
  lte: z.union([z.number(), z.string().max(100)]).optional(),
  gt: z.union([z.number(), z.string().max(100)]).optional(),
  gte: z.union([z.number(), z.string().max(100)]).optional(),
  range: z.tuple([z.number().nullable(), z.number().nullable()]).optional(),
  oneOf: z.array(Scalar).max(1000).optional(),
  valid: z.boolean().optional(),
  timeUnit: TimeUnit.optional(),
});
const AggregateList = z
  .array(z.strictObject({ op: AggregateOp, field: FieldName.optional(), as: FieldName }))
  .min(1)
  .max(20);
const GroupBy = z.array(FieldName).max(20);

/** The transforms by the key that names them. */
const TRANSFORMS = {
  calculate: z.strictObject({ calculate: Expression, as: FieldName }),
  filter: z.strictObject({ filter: z.union([Expression, FieldPredicate]) }),
  // As many columns as a chart's table may have (TABLE_LIMITS in common/ops/chart.ts).
  fold: z.strictObject({
    fold: z.array(FieldName).min(1).max(20),
    as: z.tuple([FieldName, FieldName]).optional(),
  }),
  joinaggregate: z.strictObject({ joinaggregate: AggregateList, groupby: GroupBy.optional() }),
  aggregate: z.strictObject({ aggregate: AggregateList, groupby: GroupBy.optional() }),
} as const;
const TRANSFORM_NAMES = Object.keys(TRANSFORMS) as Array<keyof typeof TRANSFORMS>;

const Transform = z.unknown().superRefine((value, ctx) => {
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const name = record
    ? TRANSFORM_NAMES.find((key) => Object.prototype.hasOwnProperty.call(record, key))
    : undefined;
  if (!name) {
    ctx.addIssue({
      code: 'custom',
      message: `is not a transform a chart may use (${TRANSFORM_NAMES.join(', ')})`,
    });
    return;
  }
  const parsed = TRANSFORMS[name].safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          ctx.addIssue({
            code: 'custom',
            message: 'is not something a chart may use',
            path: [...issue.path, key].filter((k): k is string | number => typeof k !== 'symbol'),
          });
        continue;
      }
      const { path, what } = explain(issue);
      ctx.addIssue({
        code: 'custom',
        message: what,
        path: path.filter((k): k is string | number => typeof k !== 'symbol'),
      });
    }
  }
});
const Transforms = z.array(Transform).max(50);

/** Names Vega keeps for its own signals, or the expressions' own words. */
const RESERVED_PARAMS = new Set([
  'datum',
  'event',
  'item',
  'parent',
  'width',
  'height',
  'padding',
  'autosize',
  'background',
  'cursor',
  'style',
]);
const Params = z
  .array(
    z.strictObject({
      name: z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'must be a name of letters, digits and "_"')
        .refine((n) => !RESERVED_PARAMS.has(n), 'is a name Vega keeps for itself'),
      value: Scalar.optional(),
      expr: Expression.optional(),
    }),
  )
  .max(20);

const Layer = z.strictObject({
  mark: Mark,
  encoding: Encoding.optional(),
  transform: Transforms.optional(),
  name: z.string().max(100).optional(),
  description: z.string().max(5000).optional(),
  title: Title.optional(),
});

/**
 * The shape of a chart spec Lectern draws. Data rows are checked by the deck schema
 * (schema.ts: scalars only, at most 10,000 rows), not again here.
 */
export const DrawableChartSpec = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    description: z.string().max(5000).optional(),
    title: Title.optional(),
    /** Kept for the editor (a Lectern chart's columns and kind); Vega never draws it. */
    usermeta: z.record(z.string(), z.unknown()).optional(),
    data: z.strictObject({ values: z.array(z.unknown()).max(10_000) }),
    width: z.union([Size, z.literal('container')]).optional(),
    height: z.union([Size, z.literal('container')]).optional(),
    background: Colour.optional(),
    params: Params.optional(),
    transform: Transforms.optional(),
    mark: Mark.optional(),
    encoding: Encoding.optional(),
    layer: z.array(Layer).min(1).max(20).optional(),
  })
  .superRefine((spec, ctx) => {
    if (spec.mark === undefined && spec.layer === undefined)
      ctx.addIssue({ code: 'custom', message: 'needs a "mark" or a "layer" to draw' });
    if (spec.mark !== undefined && spec.layer !== undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'has both a "mark" and a "layer"; a chart has one or the other',
      });
  });
