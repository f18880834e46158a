/**
 * The single gate every transport goes through: allowlisted method → zod validation → call →
 * Result. Nothing thrown inside main/ crosses the boundary as an exception.
 */
import { z } from 'zod';
import { CodedError, CorpusError, corpusErrorFrom } from '../errors.js';
import { apiSchemas, type ApiImplementation, type ApiMethod } from './contract.js';
import { fail, ok, type Result } from './result.js';

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiSchemas, name);
}

/** A corpus fault as the app is told it: its cause, without the CLI's advice (the app words its own). */
const corpusFailure = (error: CorpusError): Result<never> => fail(error.code, error.detail ?? error.message);

/** Anything thrown inside main/ as the failed Result the app is told (also the end of an import run that stopped). */
export function toFailure(error: unknown): Result<never> {
  if (error instanceof CorpusError) return corpusFailure(error);
  // Every typed error of main/ (not found, bad argument, output problems…) carries its code.
  if (error instanceof CodedError) return fail(error.code, error.message);
  // A locked, full or read-only corpus met mid-call is the corpus's state, not a bug.
  const corpus = corpusErrorFrom(error);
  if (corpus !== undefined) return corpusFailure(corpus);
  return fail('INTERNAL', error instanceof Error ? error.message : String(error));
}

export async function dispatch(implementation: ApiImplementation, method: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail('UNKNOWN_METHOD', `unknown method ${JSON.stringify(method)}`);
  const parsed = apiSchemas[method].safeParse(input ?? {});
  if (!parsed.success) return fail('INVALID_ARGUMENT', `${method}: ${z.prettifyError(parsed.error)}`);
  try {
    const call = implementation[method] as (input: unknown) => unknown;
    return ok(await call(parsed.data));
  } catch (error) {
    return toFailure(error);
  }
}
