import { slug, type SeedDocument } from '../document.ts'
import { nationIds } from '../ids.ts'
import { welshId } from './ids.ts'

const nation = (id: string, name: string, slugCy: string, order: number, government: string, minister: string, role: string): SeedDocument => ({
  _id: welshId(id),
  _type: 'nation',
  language: 'cy',
  _createdAt: '2019-03-25T09:30:00Z',
  _updatedAt: id === nationIds.northernIreland ? '2020-01-14T11:50:03Z' : '2019-03-25T09:30:00Z',
  name,
  slug: slug(slugCy),
  order,
  government,
  healthMinister: { name: minister, role },
})

export const nationsCy: SeedDocument[] = [
  nation(nationIds.england, 'Lloegr', 'lloegr', 1, 'Llywodraeth y DU', 'Matt Hancock', 'Yr Ysgrifennydd Gwladol dros Iechyd a Gofal Cymdeithasol'),
  nation(nationIds.scotland, 'Yr Alban', 'yr-alban', 2, 'Llywodraeth yr Alban', 'Jeane Freeman', 'Ysgrifennydd y Cabinet dros Iechyd a Chwaraeon'),
  nation(nationIds.wales, 'Cymru', 'cymru', 3, 'Llywodraeth Cymru', 'Vaughan Gething', 'Y Gweinidog Iechyd a Gwasanaethau Cymdeithasol'),
  nation(nationIds.northernIreland, 'Gogledd Iwerddon', 'gogledd-iwerddon', 4, 'Gweithrediaeth Gogledd Iwerddon', 'Robin Swann', 'Y Gweinidog Iechyd'),
]
