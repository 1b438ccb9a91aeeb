import type { Artwork } from './artwork.ts'
import { palette as c, svg } from './palette.ts'

// Hand-drawn outlines that suggest the four nations; a picture, not a geographic map.
const scotland = '330,60 400,40 470,70 520,60 540,120 500,180 560,230 590,300 540,330 500,370 440,390 380,400 340,380 300,330 280,270 250,220 290,160 270,110'
const england = '380,400 440,390 500,370 540,430 580,500 620,560 660,620 700,680 690,760 620,800 560,820 480,830 400,850 330,880 260,900 300,840 360,800 400,760 390,700 400,640 390,580 420,530 400,470'
const wales = '400,640 390,700 400,760 360,800 320,780 300,730 320,690 300,650 330,620'
const northernIreland = '120,380 200,350 250,390 240,450 180,480 120,460 100,420'

/** The four nations as flat shapes, each in its own colour, with a pin on each. */
export function nationsMap(): Artwork {
  const shapes = [
    [scotland, c.teal],
    [england, c.magenta],
    [wales, c.plum],
    [northernIreland, c.pink],
  ]
    .map(([points, fill]) => `<polygon points="${points}" fill="${fill}" stroke="${c.cream}" stroke-width="8" stroke-linejoin="round"/>`)
    .join('')
  const pins = [
    [420, 260],
    [540, 680],
    [350, 720],
    [175, 415],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="18" fill="${c.white}"/><circle cx="${x}" cy="${y}" r="8" fill="${c.navy}"/>`)
    .join('')
  return { name: 'four-nations.png', width: 800, height: 960, svg: svg(800, 960, c.mint, shapes + pins) }
}
