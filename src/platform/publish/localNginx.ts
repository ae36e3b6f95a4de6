import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './appServer'

/**
 * Runs the project's deploy/nginx.conf with Debian's nginx (1.22) on loopback, for the tests and the
 * bench: a temporary copy whose only changes are what a machine without Docker needs (its own prefix for
 * logs, pid, cache and temp files; loopback ports for the server and the upstreams instead of Docker's
 * `app:3000 resolve`, which needs nginx 1.27.3; the publish folder's real path; `user root` when run as
 * root, or the workers cannot write the cache). Every rewrite must match, so a change to the config that
 * this adaptation no longer understands fails loudly instead of testing something else.
 */
export const NGINX_CONF = 'deploy/nginx.conf'
export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx'

export type LocalNginxOptions = { prefix: string; port: number; upstreams: string[]; publishDir: string }

export function adaptNginxConf(source: string, options: LocalNginxOptions): string {
  const { prefix, port, upstreams, publishDir } = options
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path  ${prefix}/tmp/${name};`)
    .join('\n')
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const rewrites: Array<[RegExp, string]> = [
    [/^user\s+nginx;$/m, root ? 'user  root;' : ''],
    [/^error_log\s+\S+/m, `error_log  ${prefix}/error.log`],
    [/^pid\s+\S+;$/m, `pid  ${prefix}/nginx.pid;`],
    [/access_log\s+\/var\/log\/nginx\/access\.log/, `access_log  ${prefix}/access.log`],
    [/proxy_cache_path\s+\/var\/cache\/nginx\/microcache/, `proxy_cache_path  ${prefix}/microcache`],
    [/^\s*resolver\s+[^;]+;$/m, ''],
    [/^(\s*)server\s+app:3000\s+resolve;$/m, upstreams.map((address) => `$1server  ${address} max_fails=1 fail_timeout=2s;`).join('\n')],
    [/listen\s+80\s+default_server;/, `listen  127.0.0.1:${port} default_server;`],
    [/root\s+\/srv\/publish;/, `root  ${publishDir};`],
    [/^http\s*\{$/m, `http {\n${temp}`],
  ]
  let conf = source
  for (const [pattern, replacement] of rewrites) {
    if (!pattern.test(conf)) throw new Error(`${NGINX_CONF} no longer has ${pattern}: update src/platform/publish/localNginx.ts`)
    conf = conf.replace(pattern, replacement)
  }
  return conf
}

export type LocalNginx = { url: string; port: number; prefix: string; stop: () => Promise<void> }

export async function startLocalNginx(options: { upstreams: string[]; publishDir: string; port?: number }): Promise<LocalNginx> {
  if (!fs.existsSync(NGINX_BIN)) throw new Error(`nginx not found at ${NGINX_BIN}: apt-get install -y nginx-light (or set NGINX_BIN)`)
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'commons-hub-nginx-'))
  for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(prefix, 'tmp', name), { recursive: true })
  const port = options.port ?? (await freePort())
  const conf = adaptNginxConf(fs.readFileSync(NGINX_CONF, 'utf8'), {
    prefix,
    port,
    upstreams: options.upstreams,
    publishDir: path.resolve(options.publishDir),
  })
  const confFile = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(confFile, conf)
  const args = ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', confFile]
  const check = spawnSync(NGINX_BIN, [...args, '-t'], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t failed on the adapted ${NGINX_CONF}:\n${check.stderr}`)
  const child = spawn(NGINX_BIN, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
  let exited: number | null = null
  child.on('exit', (code) => (exited = code ?? -1))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (exited !== null)
      throw new Error(`nginx stopped (exit ${exited}): ${fs.readFileSync(path.join(prefix, 'error.log'), 'utf8').slice(-2000)}`)
    try {
      await fetch(`${url}/.publish-manifest.json`)
      break
    } catch {
      if (Date.now() > deadline) throw new Error('nginx did not start listening within 10 s')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    port,
    prefix,
    stop: async () => {
      if (exited === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGQUIT')
        await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))])
        if (exited === null) child.kill('SIGKILL')
      }
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}
