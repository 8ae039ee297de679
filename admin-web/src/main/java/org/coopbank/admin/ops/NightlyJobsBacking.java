package org.coopbank.admin.ops;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.shared.BusinessClock;

/** The nightly jobs: executions, start a job for a date (after a review), restart a failed run. */
@Named
@ViewScoped
public class NightlyJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_RUNS = 100;

    @EJB
    BatchOperations operations;

    @Inject
    CurrentStaff current;

    @Inject
    BusinessClock clock;

    private List<ExecutionRow> rows;
    private String job = NightlyJob.FD_MATURITY.jobName();
    private LocalDate businessDate;
    private boolean reviewing;

    @PostConstruct
    void init() {
        businessDate = clock.today();
    }

    public List<ExecutionRow> getRows() {
        if (rows == null) {
            rows = operations.executions(MAX_RUNS, current.actor());
        }
        return rows;
    }

    public boolean isAnyRunning() {
        return getRows().stream().anyMatch(ExecutionRow::running);
    }

    public void refresh() {
        rows = null;
    }

    public List<String> getJobs() {
        return java.util.Arrays.stream(NightlyJob.values()).map(NightlyJob::jobName).toList();
    }

    public void review() {
        reviewing = true;
    }

    public void cancel() {
        reviewing = false;
    }

    public void start() {
        long id = operations.start(NightlyJob.byName(job), businessDate, current.actor());
        reviewing = false;
        rows = null;
        info(format("jobs.started", job, businessDate.toString(), String.valueOf(id)));
    }

    public void restart(long executionId) {
        long id = operations.restart(executionId, current.actor());
        rows = null;
        info(format("jobs.restarted", String.valueOf(executionId), String.valueOf(id)));
    }

    private static String format(String key, Object... args) {
        FacesContext f = FacesContext.getCurrentInstance();
        return java.text.MessageFormat.format(java.util.ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages",
                f.getViewRoot().getLocale()).getString(key), args);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public void setBusinessDate(LocalDate businessDate) {
        this.businessDate = businessDate;
    }

    public boolean isReviewing() {
        return reviewing;
    }
}
