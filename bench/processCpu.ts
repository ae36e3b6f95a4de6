import fs from 'node:fs'

/**
 * CPU time (ms, user + system) read from /proc, for figures that a shared, loaded machine distorts less
 * than wall time: what a process group spent (a server started detached, so its group is its pid), what
 * the waited-for children of this process spent (a command run with spawnSync), or what the children
 * of one parent spent (nginx's workers).
 */
const CLOCK_TICK = 100 // USER_HZ on Linux

/** The fields of /proc/<pid>/stat after the command name: [state, ppid, pgrp, …]. */
function statFields(pid: string | number): string[] | null {
  try {
    const line = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return line.slice(line.lastIndexOf(') ') + 2).split(' ')
  } catch {
    return null // gone meanwhile
  }
}

/** utime + stime of the live processes matching `keep` (fields 14 and 15 of the stat line). */
function sumLiveMs(keep: (fields: string[]) => boolean): number {
  let ticks = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const fields = statFields(entry)
    if (fields && keep(fields)) ticks += Number(fields[11]) + Number(fields[12])
  }
  return (ticks * 1000) / CLOCK_TICK
}

/** CPU of every live process of the process group `pgid`. */
export const groupCpuMs = (pgid: number): number => sumLiveMs((fields) => Number(fields[2]) === pgid)

/** CPU of the live children of `parent` (nginx's workers under their master). */
export const childrenOfCpuMs = (parent: number): number => sumLiveMs((fields) => Number(fields[1]) === parent)

/** CPU of this process's children that have ended and were waited for (cutime + cstime), with theirs. */
export function endedChildrenCpuMs(): number {
  const fields = statFields('self')!
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICK
}

/** CPU of this process itself. */
export function ownCpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
