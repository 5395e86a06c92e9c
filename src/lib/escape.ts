// Escaping text for XML/HTML written by hand (SVG pictures, slides, decks): the one function
// for text nodes and double-quoted attribute values.
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
