package org.coopbank.batch.support;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Keeps why a step failed as the job's exit status ({@code FAILED: reason}), which the operations list shows, and
 * logs each item skipped on a business refusal with its reason.
 */
@Named
@Dependent
public class FailureReasonListener implements StepListener, SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(FailureReasonListener.class.getName());

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @Override
    public void beforeStep() {
    }

    @Override
    public void afterStep() {
        Exception e = step.getException();
        if (e != null) {
            String reason = "FAILED: " + reasonOf(e);
            step.setExitStatus(reason);
            job.setExitStatus(reason);
        }
    }

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        LOG.warning(job.getJobName() + " (execution " + job.getExecutionId() + ") skipped item " + item + ": "
                + reasonOf(ex));
    }

    static String reasonOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return msg.length() > 500 ? msg.substring(0, 500) : msg;
    }
}
