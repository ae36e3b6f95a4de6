/**
 * Seed texts are written as simple blocks (paragraphs, headings, lists, quotes) and stored as
 * Lexical JSON, the format the admin's rich text editor reads and writes.
 */
export type TextBlock =
  | { type: 'p'; text: string }
  | { type: 'h2' | 'h3'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'quote'; text: string; cite?: string }

type LexicalNode = Record<string, unknown>

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

function text(value: string): LexicalNode {
  return { type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}

function paragraph(value: string): LexicalNode {
  return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(value)] }
}

function blockToNodes(block: TextBlock): LexicalNode[] {
  switch (block.type) {
    case 'p':
      return [paragraph(block.text)]
    case 'h2':
    case 'h3':
      return [{ ...base, type: 'heading', tag: block.type, children: [text(block.text)] }]
    case 'ul':
      return [
        {
          ...base,
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          start: 1,
          children: block.items.map((item, index) => ({
            ...base,
            type: 'listitem',
            value: index + 1,
            children: [text(item)],
          })),
        },
      ]
    case 'quote':
      return [{ ...base, type: 'quote', children: [text(block.text)] }, ...(block.cite ? [paragraph(`— ${block.cite}`)] : [])]
  }
}

export type LexicalDocument = { root: LexicalNode & { children: LexicalNode[] } }

export function toLexical(blocks: TextBlock[]): LexicalDocument {
  return { root: { ...base, type: 'root', children: blocks.flatMap(blockToNodes) } }
}
