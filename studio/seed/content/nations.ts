import { slug, type SeedDocument } from './document.ts'
import { nationIds } from './ids.ts'

// Health ministers as they were during the campaign (2019–2020).
const nation = (id: string, name: string, order: number, government: string, minister: string, role: string): SeedDocument => ({
  _id: id,
  _type: 'nation',
  _createdAt: '2019-03-18T10:20:00Z',
  _updatedAt: id === nationIds.northernIreland ? '2020-01-14T11:32:18Z' : '2019-03-18T10:20:00Z',
  name,
  slug: slug(name.toLowerCase().replaceAll(' ', '-')),
  order,
  government,
  healthMinister: { name: minister, role },
})

export const nations: SeedDocument[] = [
  nation(nationIds.england, 'England', 1, 'UK Government', 'Matt Hancock', 'Secretary of State for Health and Social Care'),
  nation(nationIds.scotland, 'Scotland', 2, 'Scottish Government', 'Jeane Freeman', 'Cabinet Secretary for Health and Sport'),
  nation(nationIds.wales, 'Wales', 3, 'Welsh Government', 'Vaughan Gething', 'Minister for Health and Social Services'),
  nation(nationIds.northernIreland, 'Northern Ireland', 4, 'Northern Ireland Executive', 'Robin Swann', 'Minister of Health'),
]
