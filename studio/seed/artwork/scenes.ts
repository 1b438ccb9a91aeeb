import type { Artwork } from './artwork.ts'
import { palette as c, seededRandom, svg } from './palette.ts'

/** Campaign artwork: voices spreading out in rings around a ribbon loop. */
export function campaignHero(): Artwork {
  const rings = [90, 150, 210, 270, 330]
    .map(
      (r, i) =>
        `<circle cx="300" cy="315" r="${r}" fill="none" stroke="${i % 2 ? c.pink : c.magenta}" stroke-width="18" opacity="${1 - i * 0.15}"/>`,
    )
    .join('')
  const ribbon =
    `<path d="M850 120 C 700 160, 700 330, 850 380 C 1000 330, 1000 160, 850 120 Z" fill="none" stroke="${c.plum}" stroke-width="46" stroke-linejoin="round"/>` +
    `<path d="M820 370 L 720 560 M880 370 L 980 560" stroke="${c.plum}" stroke-width="46" stroke-linecap="round"/>`
  const dots = [0, 1, 2, 3, 4, 5]
    .map((i) => `<circle cx="${560 + i * 110}" cy="${560 - (i % 2) * 40}" r="16" fill="${c.teal}"/>`)
    .join('')
  return { name: 'campaign-hero.png', width: 1200, height: 630, svg: svg(1200, 630, c.blush, rings + ribbon + dots) }
}

/** A ballot-style box with petition sheets going in. */
export function petitionBox(): Artwork {
  const sheets = [0, 1, 2]
    .map(
      (i) =>
        `<g transform="rotate(${-8 + i * 8} 600 200)"><rect x="${520 + i * 20}" y="${80 + i * 10}" width="170" height="220" rx="6" fill="${c.white}" stroke="${c.navy}" stroke-width="6"/>` +
        [0, 1, 2, 3, 4].map((l) => `<rect x="${545 + i * 20}" y="${120 + i * 10 + l * 32}" width="${120 - (l % 2) * 40}" height="10" rx="5" fill="${c.mint}"/>`).join('') +
        '</g>',
    )
    .join('')
  const box =
    `<path d="M380 300 L 820 300 L 880 560 L 320 560 Z" fill="${c.magenta}"/>` +
    `<rect x="360" y="280" width="480" height="40" rx="8" fill="${c.plum}"/>` +
    `<rect x="500" y="292" width="200" height="14" rx="7" fill="${c.navy}"/>` +
    `<path d="M560 400 L 600 440 L 660 370" fill="none" stroke="${c.white}" stroke-width="22" stroke-linecap="round" stroke-linejoin="round"/>`
  const stacks = [150, 1000]
    .map((x) =>
      [0, 1, 2, 3, 4, 5].map((k) => `<rect x="${x}" y="${540 - k * 26}" width="120" height="20" rx="4" fill="${k % 2 ? c.white : c.sand}" stroke="${c.navy}" stroke-width="3"/>`).join(''),
    )
    .join('')
  return { name: 'petition-box.png', width: 1200, height: 630, svg: svg(1200, 630, c.mint, sheets + box + stacks) }
}

/** A round table seen from above, with people gathered around it. */
export function meetingTable(): Artwork {
  const seats = 7
  const people = Array.from({ length: seats }, (_, i) => {
    const angle = (i / seats) * Math.PI * 2 - Math.PI / 2
    const x = (600 + Math.cos(angle) * 230).toFixed(1)
    const y = (315 + Math.sin(angle) * 210).toFixed(1)
    const colour = [c.magenta, c.teal, c.plum, c.pink][i % 4]
    return `<circle cx="${x}" cy="${y}" r="52" fill="${colour}"/><circle cx="${x}" cy="${y}" r="24" fill="${c.cream}" opacity="0.5"/>`
  }).join('')
  const table =
    `<ellipse cx="600" cy="315" rx="170" ry="150" fill="${c.sand}"/>` +
    `<rect x="520" y="250" width="90" height="120" rx="6" fill="${c.white}" transform="rotate(-10 565 310)"/>` +
    `<rect x="620" y="270" width="70" height="90" rx="6" fill="${c.white}" transform="rotate(12 655 315)"/>`
  return { name: 'meeting-table.png', width: 1200, height: 630, svg: svg(1200, 630, c.cream, people + table) }
}

/** A network of points and links: the pattern-finding behind a research model. */
export function researchNetwork(): Artwork {
  const random = seededRandom(2019)
  const nodes = Array.from({ length: 34 }, () => ({
    x: Math.round(80 + random() * 1040),
    y: Math.round(70 + random() * 490),
  }))
  const links: string[] = []
  nodes.forEach((a, i) => {
    nodes.slice(i + 1).forEach((b) => {
      if (Math.hypot(a.x - b.x, a.y - b.y) < 190) {
        links.push(`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${c.mint}" stroke-width="5"/>`)
      }
    })
  })
  const dots = nodes
    .map((n, i) => `<circle cx="${n.x}" cy="${n.y}" r="${i % 5 === 0 ? 22 : 12}" fill="${i % 5 === 0 ? c.pink : c.white}"/>`)
    .join('')
  return { name: 'research-network.png', width: 1200, height: 630, svg: svg(1200, 630, c.navy, links.join('') + dots) }
}

/** Bars rising towards a target line: counting everyone who is diagnosed. */
export function dataBars(): Artwork {
  const heights = [90, 130, 120, 180, 210, 260, 300]
  const bars = heights
    .map((h, i) => `<rect x="${110 + i * 105}" y="${430 - h}" width="70" height="${h}" rx="6" fill="${i === heights.length - 1 ? c.magenta : c.teal}"/>`)
    .join('')
  const axes =
    `<path d="M80 60 L 80 430 L 860 430" fill="none" stroke="${c.navy}" stroke-width="8" stroke-linecap="round"/>` +
    `<line x1="80" y1="100" x2="860" y2="100" stroke="${c.plum}" stroke-width="6" stroke-dasharray="24 16"/>`
  return { name: 'data-bars.png', width: 900, height: 500, svg: svg(900, 500, c.cream, axes + bars) }
}

/** People standing together holding up blank placards. */
export function gathering(): Artwork {
  const people = Array.from({ length: 9 }, (_, i) => {
    const x = 90 + i * 128
    const rise = (i % 3) * 24
    const colour = [c.plum, c.magenta, c.teal][i % 3]
    const placard =
      i % 2 === 0
        ? `<line x1="${x}" y1="${300 - rise}" x2="${x}" y2="${170 - rise}" stroke="${c.navy}" stroke-width="8"/><rect x="${x - 55}" y="${90 - rise}" width="110" height="80" rx="6" fill="${c.white}" stroke="${c.navy}" stroke-width="5"/>`
        : ''
    return (
      placard +
      `<circle cx="${x}" cy="${360 - rise}" r="40" fill="${colour}"/>` +
      `<path d="M${x - 62} 630 L ${x - 62} ${480 - rise} Q ${x} ${400 - rise}, ${x + 62} ${480 - rise} L ${x + 62} 630 Z" fill="${colour}"/>`
    )
  }).join('')
  return { name: 'gathering.png', width: 1200, height: 630, svg: svg(1200, 630, c.sand, people) }
}
