package org.coopbank.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment under test is the real EAR the build produced (portal-ear), plus one extra WAR holding the test
 * classes, registered in application.xml beside the product's modules. Nothing of the product is re-assembled.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive bankWithTests(Class<?>... testClasses) {
        File earFile = new File(System.getProperty("coopbank.ear", "target/deploy/coopbank.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "bank-tests.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, LedgerAssertions.class, TestData.class, Books.class, Books.Counts.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, ArchivePaths.create("beans.xml"));
        ear.addAsModule(Testable.archiveToTest(tests));
        // observers of the EJB module's events must be visible to it: the EAR's lib is, a WAR is not
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "test-observers.jar")
                .addClasses(EventRecorder.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
        ear.setApplicationXML(new StringAsset(withTestModule(readApplicationXml(ear))));
        return ear;
    }

    private static String readApplicationXml(EnterpriseArchive ear) {
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withTestModule(String applicationXml) {
        String module = "<module><web><web-uri>bank-tests.war</web-uri><context-root>/bank-tests</context-root></web></module>";
        return applicationXml.replace("</application>", module + "</application>");
    }
}
