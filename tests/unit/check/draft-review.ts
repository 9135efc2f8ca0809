/** What every draft-review warning says (common/check/draft): for tests that allow them. */
export const DRAFT_REVIEW =
  /^(?:title "[^]*" (?:only names who or what|only pairs a topic with a name|leaves|is cut off|stops (?:at|on))|bullet [\d.]+ has (?:no verb|\d+ words)|the chart \(block \d+\) (?:draws the years|mixes|draws a total|has (?:the|a) value axis))/;
