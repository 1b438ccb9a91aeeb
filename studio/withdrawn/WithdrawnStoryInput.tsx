import { Box, Card, Heading, Stack, Text } from '@sanity/ui'
import type { ObjectInputProps } from 'sanity'
import { withdrawnNotice } from './notice.ts'

/** The story form, with the notice above it once "Withdraw consent" has erased the story. */
export function WithdrawnStoryInput(props: ObjectInputProps) {
  const notice = withdrawnNotice(props.value)
  if (!notice) return props.renderDefault(props)
  return (
    <Stack gap={5}>
      <Card tone="caution" padding={4} radius={2} border role="note" aria-label={notice.heading} data-testid="withdrawn-notice">
        <Stack gap={4}>
          <Heading as="h2" size={1}>
            {notice.heading}
          </Heading>
          {notice.paragraphs.map((paragraph) => (
            <Text key={paragraph} size={1}>
              {paragraph}
            </Text>
          ))}
        </Stack>
      </Card>
      <Box>{props.renderDefault(props)}</Box>
    </Stack>
  )
}
