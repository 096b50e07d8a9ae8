import { describe, expect, it } from 'vitest';
import { Locator, locate, readTextBetween, readXmlElement } from './xml-reader';

describe('readTextBetween', () => {
  it.each([
    ['plain', 'plain'],
    ['a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;', 'a & b <c> "d" \'e\''],
    ['&#65;&#x42;&#x1F600;', 'AB😀'],
    ['line\r\nend\rx', 'line\nend\nx'],
    ['keep &#13; as CR', 'keep \r as CR'],
    ['has <!-- a comment -->', null],
    ['<![CDATA[x]]>', null],
  ])('%j → %j', (source, text) => {
    expect(readTextBetween(source, 0, source.length)).toBe(text);
  });
});

describe('readXmlElement', () => {
  it('reads an element with attributes, children and mixed text (trimmed)', () => {
    expect(readXmlElement('<Foo a="1 &amp; 2">\n  note <Bar>x</Bar> more\n</Foo>')).toEqual({
      name: 'Foo',
      attributes: { a: '1 & 2' },
      children: [{ name: 'Bar', attributes: {}, children: [], text: 'x' }],
      text: 'note  more',
    });
  });
  it('gives null for source that is not one well-formed element', () => {
    expect(readXmlElement('<Foo>')).toBeNull();
  });
});

describe('locating', () => {
  const text = 'ab\ncd\r\nعرب😀x\rlast';
  it.each([
    [0, 1, 1],
    [4, 2, 2],
    [7, 3, 1],
    [12, 3, 5],
    [14, 4, 1],
  ])('index %i is line %i, column %i', (index, line, column) => {
    expect(locate(text, index)).toEqual({ line, column });
    expect(new Locator(text).at(index)).toEqual({ line, column });
  });
});
