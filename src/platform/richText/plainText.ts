/** The text of a Lexical rich-text value, paragraphs separated by blank lines: for feeds, never HTML. */
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

export function richTextToPlain(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const blocks: string[] = []
  const walk = (node: LexicalNode, inline: string[]): void => {
    if (typeof node.text === 'string') inline.push(node.text)
    else if (node.type === 'linebreak') inline.push('\n')
    if (!node.children) return
    if (node.type && BLOCKS.has(node.type)) {
      const own: string[] = []
      for (const child of node.children) walk(child, own)
      const text = own.join('').trim()
      if (text) blocks.push(node.type === 'listitem' ? `- ${text}` : text)
      return
    }
    for (const child of node.children) walk(child, inline)
  }
  const loose: string[] = []
  walk(root, loose)
  if (loose.join('').trim()) blocks.push(loose.join('').trim())
  return blocks.join('\n\n')
}

/** Whether a stored value holds text: a non-blank string, or rich text with at least one non-blank text node. */
export function hasText(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (typeof value === 'number' || typeof value === 'boolean') return true
  if (Array.isArray(value)) return value.some(hasText)
  if (typeof value === 'object') {
    const node = value as { text?: unknown; root?: unknown; children?: unknown }
    if (typeof node.text === 'string') return node.text.trim().length > 0
    if (node.root) return hasText(node.root)
    if (Array.isArray(node.children)) return node.children.some(hasText)
  }
  return false
}
