import { expose, type Endpoint } from 'comlink';

/**
 * In-process stand-ins for import workers: the real worker API exposed behind a MessageChannel
 * (jsdom has no Worker). `made` records each worker made and whether it was terminated.
 */
export function fakeWorkers<Api extends object>(api: () => Api) {
  const made: { terminated: boolean }[] = [];
  const createWorker = (): Endpoint & { terminate(): void } => {
    const channel = new MessageChannel();
    expose(api(), channel.port1);
    const state = { terminated: false };
    made.push(state);
    const port = channel.port2;
    return Object.assign(port, {
      terminate() {
        state.terminated = true;
        channel.port1.close();
        port.close();
      },
    });
  };
  return { createWorker, made };
}
