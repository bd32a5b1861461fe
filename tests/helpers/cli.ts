// Runs `newsgraph` as a child process against the test Neo4j, and writes invented articles for loads of any size.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { testConnection } from './neo4j.js';

export interface CliRun {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr: () => string;
  /** Resolves once stderr contains `text` (rejects if the process exits first). */
  waitFor: (text: string | RegExp) => Promise<void>;
  exited: Promise<{ code: number | null; stderr: string }>;
}

/** The test Neo4j as environment variables for a child process. */
export function testNeo4jEnv(): Record<string, string> {
  const conn = testConnection();
  return { NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database };
}

export function startCli(args: string[], env: Record<string, string> = {}): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/cli.ts'), ...args], {
    env: { ...process.env, ...testNeo4jEnv(), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const listeners: (() => void)[] = [];
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const l of listeners) l();
  });
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('close', (code) => resolve({ code, stderr })));
  const waitFor = (text: string | RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (typeof text === 'string' ? stderr.includes(text) : text.test(stderr)) && (resolve(), true);
      if (check()) return;
      listeners.push(check);
      void exited.then(() => check() || reject(new Error(`exited before printing ${text}:\n${stderr}`)));
    });
  return { child, stderr: () => stderr, waitFor, exited };
}

export async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return startCli(args, env).exited;
}

const PEOPLE = ['Alma Verhoeven', 'Bruno Castellanos', 'Clara Lindqvist', 'Dmitri Ostrovsky', 'Elena Marchetti', 'Farid Haddad', 'Greta Johansen', 'Hiro Tanaka'];
const PLACES = ['Paris', 'Berlin', 'Madrid', 'Vienna', 'Oslo', 'Lisbon'];

/** `n` invented articles (JSON Lines) about a small cast, so bare surnames and shared entities occur across them. */
export async function writeSyntheticJsonl(file: string, n: number, offset = 0): Promise<string> {
  const lines: string[] = [];
  for (let i = offset; i < offset + n; i++) {
    const a = PEOPLE[i % PEOPLE.length];
    const b = PEOPLE[(i * 3 + 1) % PEOPLE.length];
    const place = PLACES[i % PLACES.length];
    const surname = a.split(' ')[1];
    const day = String((i % 28) + 1).padStart(2, '0');
    const text = [
      `${a} met with ${b} in ${place} on Monday.`,
      `"We will keep talking about trade," ${surname} said after the meeting.`,
      `${b.split(' ')[1]} told reporters that the talks in ${place} would continue next month.`,
    ].join('\n\n');
    lines.push(JSON.stringify({ url: `https://news.example/2018/03/${day}/story-${i}.html`, title: `Story ${i}`, text }));
  }
  await writeFile(file, lines.join('\n') + '\n');
  return file;
}
