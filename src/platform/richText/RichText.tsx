import type React from 'react'

import { isValidHttpUrl } from '../text/validation'
import type { Media } from '../../payload-types'
import { MediaImage } from '../ui/MediaImage'

/**
 * Renders Lexical JSON with our own elements. Text is always a React text node, never HTML,
 * and links keep only http(s)/mailto/relative targets, so stored markup or javascript: URLs cannot run.
 */
type Node = {
  type?: string
  tag?: string
  text?: string
  format?: number | string
  listType?: string
  url?: string
  fields?: { url?: string; newTab?: boolean; linkType?: string }
  relationTo?: string
  value?: unknown
  children?: Node[]
}

const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8
const CODE = 16

function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined
  if (url.startsWith('/') && !url.startsWith('//')) return url
  if (url.startsWith('mailto:')) return url
  return isValidHttpUrl(url) ? url : undefined
}

function renderText(node: Node, key: number): React.ReactNode {
  let element: React.ReactNode = node.text ?? ''
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & CODE) element = <code>{element}</code>
  if (format & BOLD) element = <strong>{element}</strong>
  if (format & ITALIC) element = <em>{element}</em>
  if (format & STRIKETHROUGH) element = <s>{element}</s>
  if (format & UNDERLINE) element = <u>{element}</u>
  return <span key={key}>{element}</span>
}

function renderChildren(nodes: Node[] | undefined): React.ReactNode[] {
  return (nodes ?? []).map((node, index) => renderNode(node, index))
}

function renderNode(node: Node, key: number): React.ReactNode {
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return <p key={key}>{renderChildren(node.children)}</p>
    case 'heading': {
      // Rich text sits below the page's own h1/h2: its headings start at h3.
      const level = Math.min(6, Math.max(3, Number(node.tag?.slice(1) ?? 3) + 1))
      const Tag = `h${level}` as 'h3' | 'h4' | 'h5' | 'h6'
      return <Tag key={key}>{renderChildren(node.children)}</Tag>
    }
    case 'list':
      return node.listType === 'number' ? (
        <ol key={key}>{renderChildren(node.children)}</ol>
      ) : (
        <ul key={key}>{renderChildren(node.children)}</ul>
      )
    case 'listitem':
      return <li key={key}>{renderChildren(node.children)}</li>
    case 'quote':
      return <blockquote key={key}>{renderChildren(node.children)}</blockquote>
    case 'upload':
      // An image from the media collection, with its required alt text; anything else is left out.
      return node.relationTo === 'media' && node.value && typeof node.value === 'object' ? (
        <figure key={key}>
          <MediaImage media={node.value as Media} size="card" sizes="(max-width: 800px) 100vw, 768px" />
        </figure>
      ) : null
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      if (!href) return <span key={key}>{renderChildren(node.children)}</span>
      const external = !href.startsWith('/')
      return (
        <a key={key} href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
          {renderChildren(node.children)}
        </a>
      )
    }
    default:
      // Unknown node types (future editor features) show their text, nothing else.
      return node.children ? <span key={key}>{renderChildren(node.children)}</span> : null
  }
}

export function RichText({ value, className }: { value: unknown; className?: string }) {
  const root = (value as { root?: Node } | null | undefined)?.root
  if (!root?.children?.length) return null
  return <div className={className}>{renderChildren(root.children)}</div>
}
