/**
 * Paint values in a chart spec (`color`, `fill`, `stroke`, an axis's `labelColor`, a colour
 * scale's `range` …) are colours and nothing else: a CSS colour name, `#rgb(a)` or
 * `#rrggbb(aa)`, `rgb()`/`rgba()` or `hsl()`/`hsla()` of numbers. Vega writes a paint value
 * into the SVG as it is, so `url(http://…)` would make a slide fetch from the network, and a
 * gradient or an expression would be more than a colour.
 */

/** The CSS named colours (CSS Color 4), and `transparent`. */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue ' +
    'chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey ' +
    'darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray ' +
    'darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen ' +
    'fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen ' +
    'lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
    'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
    'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver ' +
    'skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen transparent'
  ).split(' '),
);

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const PERCENT = `${NUMBER}%`;
const CHANNEL = `${NUMBER}%?`;
const HUE = `${NUMBER}(?:deg|grad|rad|turn)?`;
/** `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, `rgb(1 2 3 / 50%)`. */
const RGB = new RegExp(
  String.raw`^rgba?\(\s*${CHANNEL}\s*(?:,\s*${CHANNEL}\s*,\s*${CHANNEL}\s*(?:,\s*${CHANNEL}\s*)?|\s${CHANNEL}\s+${CHANNEL}\s*(?:\/\s*${CHANNEL}\s*)?)\)$`,
  'i',
);
/** `hsl(120, 50%, 40%)`, `hsla(120deg, 50%, 40%, 0.5)`, `hsl(120 50% 40% / 50%)`. */
const HSL = new RegExp(
  String.raw`^hsla?\(\s*${HUE}\s*(?:,\s*${PERCENT}\s*,\s*${PERCENT}\s*(?:,\s*${CHANNEL}\s*)?|\s${PERCENT}\s+${PERCENT}\s*(?:\/\s*${CHANNEL}\s*)?)\)$`,
  'i',
);

/** True when `value` is a colour a chart may paint with. */
export function isChartColour(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64) return false;
  const v = value.trim();
  return NAMED.has(v.toLowerCase()) || HEX.test(v) || RGB.test(v) || HSL.test(v);
}

/** The refusal for a paint value that is not a colour. */
export function colourProblem(value: unknown): string {
  const shown =
    typeof value === 'string'
      ? JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value)
      : (JSON.stringify(value) ?? String(value));
  return `${shown} is not a colour; a chart's colours may be a colour name ("steelblue"), "#hex", rgb() or hsl()`;
}
