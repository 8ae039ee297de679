package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.mail.Session;
import org.coopbank.platform.DatabaseStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server the build configures: JMS queues on the embedded broker, the mail session, the database status. */
@ExtendWith(ArquillianExtension.class)
class InfrastructureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(InfrastructureIT.class);
    }

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/WebhookDLQ")
    Queue webhookDlq;

    @Resource(lookup = "java:jboss/mail/CoopBank")
    Session mail;

    @Inject
    DatabaseStatus database;

    /**
     * WebhookDLQ takes and gives back a message. (WebhookEvents now has its consumer, org.coopbank.payment's
     * WebhookEventConsumer: the payment ITs cover it, including a poisoned message reaching this dead-letter queue.)
     */
    @Test
    void jmsQueues_deliverMessages() {
        for (Queue q : new Queue[] {webhookDlq}) {
            try (JMSContext ctx = connectionFactory.createContext()) {
                String body = "ping-" + System.nanoTime();
                ctx.createProducer().send(q, body);
                try (JMSConsumer consumer = ctx.createConsumer(q)) {
                    String received = null;
                    for (int i = 0; i < 50 && !body.equals(received); i++) {
                        received = consumer.receiveBody(String.class, 2000);
                    }
                    assertEquals(body, received);
                }
            }
        }
    }

    @Test
    void mailSession_isConfigured() {
        assertNotNull(mail);
        assertNotNull(mail.getProperty("mail.from"));
    }

    @Test
    void databaseStatus_reportsProductAndSchemaVersion() {
        DatabaseStatus.Report r = database.check();
        assertTrue(r.up(), r.error());
        assertTrue(r.schemaVersion() != null && Integer.parseInt(r.schemaVersion()) >= 3, r.schemaVersion());
        String expected = "postgresql".equals(System.getProperty("coopbank.database")) ? "PostgreSQL" : "H2";
        assertEquals(expected, r.product());
    }
}
