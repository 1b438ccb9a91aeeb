import { describe, expect, it } from 'vitest'
import { SHARD_SIZE, shardSize } from '../scripts/search-index.ts'

describe('SEARCH_SHARD_SIZE', () => {
  it('is the default when unset, and the number given when set', () => {
    expect(shardSize({})).toBe(SHARD_SIZE)
    expect(shardSize({ SEARCH_SHARD_SIZE: '5000' })).toBe(5000)
  })

  it('refuses what is not a positive whole number, naming the setting and the value', () => {
    for (const value of ['0', '-3', '2.5', 'many']) {
      expect(() => shardSize({ SEARCH_SHARD_SIZE: value })).toThrow(`SEARCH_SHARD_SIZE must be a positive whole number of records, got "${value}"`)
    }
  })
})
