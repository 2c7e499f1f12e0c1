// What the figures were measured on: they mean little without it.
import { readFileSync } from 'node:fs';
import os from 'node:os';

function distribution() {
  try {
    return /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    return '';
  }
}

export function describeMachine(browserVersion) {
  const cpus = os.cpus();
  return {
    os: [distribution(), `${os.type()} ${os.release()} ${os.arch()}`].filter(Boolean).join(', '),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: browserVersion,
    /** 1-minute load average when the run started: other work on the machine shows up as spread. */
    loadAverageAtStart: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

export function machineLine(machine) {
  const load = machine.loadAverageAtStart === undefined ? '' : `; load average ${machine.loadAverageAtStart} at start${machine.loadAverageAtEnd === undefined ? '' : `, ${machine.loadAverageAtEnd} at end`}`;
  return `${machine.os}; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; Chromium ${machine.chromium} (headless=new, software rendering)${load}`;
}

export const loadAverage = () => Math.round(os.loadavg()[0] * 100) / 100;
