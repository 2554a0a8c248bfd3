import type { Envelope, MethodInput, MethodName, MethodOutput } from '../contract/index.ts';
import { CliError } from './errors.ts';

/** A contract method called by name: answers its typed output, or throws the envelope's error. */
export type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export function callOver(dispatch: Dispatch): Call {
  return async (method, input) => {
    const envelope = await dispatch(method, input);
    if (!envelope.ok) throw new CliError(envelope.error.code, envelope.error.message);
    // The dispatcher ran the handler the contract types for this method.
    return envelope.value as MethodOutput<typeof method>;
  };
}
