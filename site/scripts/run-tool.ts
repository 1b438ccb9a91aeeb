import { spawn } from 'node:child_process'

/**
 * Runs a system tool (`cp`, `rm`) in a child process: disk work off the main thread,
 * which meanwhile loads the content or runs Astro. Rejects with what the tool said.
 */
export function runTool(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}): ${stderr.trim()}`))))
  })
}
