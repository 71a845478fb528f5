import { runBagJob, type BagJob } from './bagJobs';

// A worker thread of the training pool (`trainModelInThreads`): one bag job per call.
export default function bagWorker(job: BagJob) {
  return runBagJob(job);
}
