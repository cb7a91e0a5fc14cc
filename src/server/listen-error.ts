/**
 * Why the server could not listen, naming the setting to change: Node's own message ("getaddrinfo
 * ENOTFOUND 999.1.1.1") names neither HOST nor PORT.
 */
export function listenErrorMessage(error: unknown, host: string, port: number): string {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EADDRNOTAVAIL':
      return `HOST=${host} is not an address of this machine (${message}); use 0.0.0.0 (every interface), 127.0.0.1 or one of its own addresses`;
    case 'EADDRINUSE':
      return `PORT=${port} is already in use on ${host} (${message}); stop what listens there or choose another PORT (0 picks a free one)`;
    case 'EACCES':
      return `PORT=${port} needs privileges on this machine (${message}); choose a PORT above 1023`;
    default:
      return `cannot listen on HOST=${host} PORT=${port}: ${message}`;
  }
}
