/**
 * The browser edition reads its event stream with fetch, so it parses Server-Sent Events
 * itself: data and id per block, comments and retry skipped, any line ending, any chunking.
 */
import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../../renderer/api/http-client';

function parse(chunks: string[]): Array<[string | null, string | null]> {
  const got: Array<[string | null, string | null]> = [];
  const p = new SseParser((data, id) => got.push([data, id]));
  for (const c of chunks) p.push(c);
  return got;
}

describe('SseParser', () => {
  const stream =
    ': connected\nretry: 1000\n\ndata: {"a":1}\n\nid: abc.1\ndata: {"b":2}\n\nid: abc.2\n\n: keepalive\n\n';

  it('gives each block its data and id; id-only blocks move the id; comments and retry are skipped', () => {
    expect(parse([stream])).toEqual([
      ['{"a":1}', null],
      ['{"b":2}', 'abc.1'],
      [null, 'abc.2'],
    ]);
  });

  it('is the same however the bytes are cut, and with CRLF or CR line ends', () => {
    const whole = parse([stream]);
    expect(parse([...stream])).toEqual(whole);
    expect(parse([stream.slice(0, 17), stream.slice(17, 40), stream.slice(40)])).toEqual(whole);
    expect(parse([stream.replace(/\n/g, '\r\n')])).toEqual(whole);
    expect(parse([...stream.replace(/\n/g, '\r\n')])).toEqual(whole);
    expect(parse(['data: a\r', '\ndata: b\r\n\r', '\n'])).toEqual([['a\nb', null]]);
    expect(parse([stream.replace(/\n/g, '\r')])).toEqual(whole);
  });

  it('joins several data lines with a newline and keeps a block without its blank line until it comes', () => {
    expect(parse(['data: one\ndata:two\n', '\n'])).toEqual([['one\ntwo', null]]);
    expect(parse(['data: half'])).toEqual([]);
  });
});
