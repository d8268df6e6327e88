/**
 * A strict XML 1.0 well-formedness check (saxes, the parser jsdom uses):
 * unlike fast-xml-parser's validator it rejects characters XML forbids,
 * such as ESC or U+FFFE. Returns each element's name and text, in order.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Parse `xml`, throwing on the first well-formedness error; also refuses lone surrogates (not characters at all). */
export function strictXml(xml: string): XmlElement[] {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)) throw new Error('lone surrogate in the XML');
  const parser = new SaxesParser({ xmlns: true });
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  let error: Error | undefined;
  parser.on('error', (problem) => {
    error ??= problem;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: Object.fromEntries(Object.entries(tag.attributes).map(([key, value]) => [key, value.value])), text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(xml).close();
  if (error) throw error;
  return elements;
}
