import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';

/**
 * Sets the Temporal SDK's log level. It must run before the first connection or worker is
 * made, because the SDK's runtime is a process-wide singleton created on first use.
 */
export function installTemporalRuntime(level: string): void {
  const sdkLevel: LogLevel =
    level === 'trace' ? 'TRACE' : level === 'debug' ? 'DEBUG' : level === 'warn' || level === 'info' ? 'WARN' : 'ERROR';
  try {
    Runtime.install({ logger: new DefaultLogger(sdkLevel) });
  } catch {
    // Already created in this process (tests build several platforms): keep the first settings.
  }
}
