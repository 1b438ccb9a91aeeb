// Sample copy for synthetic content: sentences assembled from campaign phrases, so
// bodies read like campaign updates (and compress and render like them) without
// repeating one paragraph 20,000 times. Written for this benchmark; not real quotes.
import type { Random } from './random.ts'

const subjects = [
  'People living with secondary breast cancer',
  'Members of our Campaign Group',
  'Clinical Nurse Specialists',
  'Health ministers in all four nations',
  'Campaigners across the UK',
  'Researchers we fund',
  'Families and carers',
  'NHS commissioners',
  'Supporters who signed the petition',
  'Our policy team',
  'Charity volunteers',
  'Hospital teams',
  'Patients we spoke to',
  'The Scottish Government',
  'The Welsh Government',
  'The Department of Health in Northern Ireland',
  'NHS England',
] as const

const verbs = [
  'are calling for',
  'told us they need',
  'have asked for',
  'deserve',
  'met to discuss',
  'shared new evidence on',
  'are still waiting for',
  'want a clear plan for',
  'raised concerns about',
  'welcomed progress on',
  'pressed ministers on',
  'set out the case for',
] as const

const objects = [
  'prompt diagnosis of secondary breast cancer',
  'regular access to a Clinical Nurse Specialist',
  'faster access to clinically effective treatments',
  'better collection of data on secondary diagnoses',
  'a place at the heart of NHS plans',
  'fair access to clinical trials',
  'support that starts as soon as treatment does',
  'services planned around the number of people affected',
  'patients being heard in drug appraisals',
  'care that helps people live well for as long as possible',
  'an end to avoidable delays',
  'a named nurse for everyone who needs one',
] as const

const tails = [
  'across the UK',
  'in every nation',
  'this year',
  'without further delay',
  'before the next spending review',
  'in every hospital trust',
  'so that no one is left waiting',
  'with people affected at the table',
  'as the data shows',
  'after years of campaigning',
] as const

const openers = [
  'This month,',
  'In a meeting last week,',
  'Since the petition was handed in,',
  'Once again,',
  'For the first time,',
  'Across all four nations,',
  'In written evidence,',
  'At our latest event,',
] as const

const headings = [
  'What we asked for',
  'What happens next',
  'Why it matters',
  'What the data tells us',
  'Voices from the Campaign Group',
  'How you can help',
  'Progress in each nation',
  'The response so far',
  'Living well for longer',
  'Behind the numbers',
  'Our next steps',
  'What people told us',
] as const

const quotes = [
  'I had to push for every scan. Nobody should have to fight that hard to be believed.',
  'Seeing my nurse regularly made the difference between coping and not coping.',
  'We need to be counted before services can be planned around us.',
  'Every week spent waiting for a treatment decision is a week we do not get back.',
  'Being in the room with the minister meant our experiences could not be ignored.',
  'I want the next person diagnosed to have a better experience than I did.',
] as const

const listItems = [
  'write to your health minister',
  'share the petition with a friend',
  'tell us your experience of diagnosis',
  'join a local campaign event',
  'ask your MP to raise the campaign in Parliament',
  'sign up for campaign news',
  'invite us to speak to your group',
  'follow the progress tracker for your nation',
] as const

const titleStarts = [
  'Campaign Group meets',
  'New figures on',
  'Our response to',
  'Progress on',
  'Ministers asked about',
  'Research update:',
  'Event report:',
  'Why we are still pressing for',
  'A step forward for',
  'Consultation response on',
] as const

const titleTopics = [
  'prompt diagnosis',
  'specialist nursing',
  'access to treatment',
  'secondary breast cancer data',
  'NHS plans',
  'clinical trials',
  'drug appraisals',
  'the petition',
  'support after diagnosis',
  'care in every nation',
] as const

export const firstNames = [
  'Alex', 'Bethan', 'Catriona', 'Deirdre', 'Eilidh', 'Fiona', 'Gwen', 'Hannah',
  'Isla', 'Jane', 'Kirsty', 'Lowri', 'Maeve', 'Nia', 'Orla', 'Priya', 'Rhiannon',
  'Sam', 'Tanvi', 'Una', 'Vicky', 'Wendy', 'Yasmin', 'Zara',
] as const

export const lastNames = [
  'Adams', 'Boyle', 'Campbell', 'Davies', 'Evans', 'Fraser', 'Griffiths', 'Hughes',
  'Jones', 'Kelly', 'Lewis', 'McAllister', 'Morgan', 'Nolan', 'Owens', 'Patel',
  'Quinn', 'Reid', 'Stewart', 'Thomas', 'Walsh', 'Young',
] as const

export const places = [
  'Cardiff', 'Glasgow', 'Belfast', 'Leeds', 'Swansea', 'Aberdeen', 'Derry',
  'Norwich', 'Bristol', 'Inverness', 'Newry', 'Wrexham', 'Plymouth', 'Dundee',
] as const

export function sentence(random: Random): string {
  const opener = random.chance(0.25) ? `${random.pick(openers)} ` : ''
  const subject = random.pick(subjects)
  // After an opener the subject is mid-sentence: lower-case it, but keep "NHS" as it is.
  const start = opener && !subject.startsWith('NHS') ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject
  const tail = random.chance(0.6) ? ` ${random.pick(tails)}` : ''
  return `${opener}${start} ${random.pick(verbs)} ${random.pick(objects)}${tail}.`
}

export function sentences(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => sentence(random))
}

export const heading = (random: Random): string => random.pick(headings)
export const quote = (random: Random): string => random.pick(quotes)
export const listItem = (random: Random): string => random.pick(listItems)

export function updateTitle(random: Random): string {
  return `${random.pick(titleStarts)} ${random.pick(titleTopics)}`
}

export function countWords(text: string): number {
  let count = 0
  for (const part of text.split(/\s+/)) if (part) count += 1
  return count
}
