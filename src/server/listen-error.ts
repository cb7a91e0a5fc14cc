/**
 * Why the server could not listen, naming the setting to change: Node's own message ("getaddrinfo
 * ENOTFOUND 999.1.1.1") names neither HOST nor PORT.
 */
export function listenErrorMessage(
  error: unknown,
  host: string,
  port: number,
  settings: { readonly host: string; readonly port: string } = { host: 'HOST', port: 'PORT' },
): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const hostSetting = settings.host;
  const portSetting = settings.port;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EADDRNOTAVAIL':
      return `${hostSetting}=${host} is not an address of this machine (${message}); use 0.0.0.0 (every interface), 127.0.0.1 or one of its own addresses`;
    case 'EADDRINUSE':
      return `${portSetting}=${port} is already in use on ${host} (${message}); stop what listens there or choose another ${portSetting} (0 picks a free one)`;
    case 'EACCES':
      return `${portSetting}=${port} needs privileges on this machine (${message}); choose a ${portSetting} above 1023`;
    default:
      return `cannot listen on ${hostSetting}=${host} ${portSetting}=${port}: ${message}`;
  }
}
