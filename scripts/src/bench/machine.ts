// What the bench ran on, for the results file.
import { cpus, totalmem } from 'node:os'

export interface Machine {
  cores: number
  memoryGiB: number
  cpuModel: string
  node: string
}

/** The harness runs on the same Node as the builds: npm puts node_modules/.bin (Node 24) first. */
export function describeMachine(): Machine {
  return {
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1073741824) * 10) / 10,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
  }
}
