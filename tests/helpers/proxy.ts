// A TCP proxy in front of the test Neo4j that a test can cut and restore: a Neo4j outage on demand, no timing games.
import net from 'node:net';

export interface CutOptions {
  /**
   * Keep accepting connections but close each one when its login (HELLO) arrives, after answering the Bolt handshake:
   * a server going down just as the driver opens a connection. neo4j-driver reports that as a `ProtocolError`, not as
   * `ServiceUnavailable` (see isUnavailable in src/graph/retry.ts).
   */
  atLogin?: boolean;
}

export interface OutageProxy {
  uri: string;
  /** Drops every open connection and refuses new ones (the port goes away), or with `atLogin` drops them at login. */
  cut(opts?: CutOptions): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  /** Cuts (as `cut(opts)`) as soon as a client sends a statement containing `text`, before Neo4j receives it. */
  cutOnStatement(text: string, opts?: CutOptions): void;
  close(): Promise<void>;
}

/** Bolt's handshake reply choosing protocol 5.4, which neo4j-driver offers and accepts. */
const BOLT_5_4 = Buffer.from([0, 0, 4, 5]);

export async function startOutageProxy(targetUri: string): Promise<OutageProxy> {
  const target = new URL(targetUri);
  const sockets = new Set<net.Socket>();
  let state: 'up' | 'atLogin' | 'down' = 'up';
  let trigger: { text: Buffer; opts: CutOptions } | undefined;

  /** While cut at login: answer the handshake, then close the connection when the login message follows. */
  const dropAtLogin = (client: net.Socket) => {
    let handshaken = false;
    client.on('data', (chunk: Buffer) => {
      if (handshaken) return void client.destroy();
      handshaken = true;
      client.write(BOLT_5_4);
      if (chunk.length > 20) client.destroy(); // the login came in the same packet as the handshake
    });
  };
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (state === 'atLogin') return dropAtLogin(client);
    const upstream = net.connect({ host: target.hostname, port: Number(target.port) });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => undefined);
    client.on('data', (chunk: Buffer) => {
      if (trigger && chunk.includes(trigger.text)) {
        const { opts } = trigger;
        trigger = undefined;
        void cut(opts);
        return;
      }
      upstream.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.pipe(client);
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const dropAll = () => {
    for (const s of sockets) s.destroy();
  };
  const cut = async (opts: CutOptions = {}) => {
    if (state !== 'up') return;
    if (opts.atLogin) {
      state = 'atLogin';
      dropAll();
      return;
    }
    state = 'down';
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    dropAll();
    await closed;
  };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut,
    restore: async () => {
      if (state === 'down') await listen(port);
      state = 'up';
    },
    cutOnStatement: (text, opts = {}) => {
      trigger = { text: Buffer.from(text, 'utf8'), opts };
    },
    close: async () => {
      trigger = undefined;
      if (state === 'atLogin') state = 'up';
      await cut();
    },
  };
}
