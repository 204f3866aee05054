/**
 * Renders a search snippet whose matches the API wrapped in <em>…</em>. The text is split on those two tags and
 * rendered as text nodes, never as HTML, so nothing in an offering's text can inject markup.
 */
export function Highlight({ snippet }: { snippet: string }) {
  const parts = snippet.split(/(<em>|<\/em>)/);
  let inside = false;
  const nodes: Array<string | JSX.Element> = [];
  parts.forEach((part, index) => {
    if (part === '<em>') inside = true;
    else if (part === '</em>') inside = false;
    else if (part) nodes.push(inside ? <mark key={index}>{part}</mark> : part);
  });
  return <>{nodes}</>;
}
