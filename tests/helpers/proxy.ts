// A TCP proxy in front of the test Neo4j that a test can cut and restore: a Neo4j outage on demand, no timing games.
import net from 'node:net';

export interface OutageProxy {
  uri: string;
  /** Drops every open connection and refuses new ones (the port goes away). */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startOutageProxy(targetUri: string): Promise<OutageProxy> {
  const target = new URL(targetUri);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port) });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  let up = true;
  const cut = async () => {
    if (!up) return;
    up = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of sockets) s.destroy();
    await closed;
  };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut,
    restore: async () => {
      if (up) return;
      await listen(port);
      up = true;
    },
    close: cut,
  };
}
