package dev.stepwise.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.asl.AslWriter;
import dev.stepwise.processor.codegen.RecordWriter;
import dev.stepwise.processor.codegen.WorkflowClassWriter;
import dev.stepwise.processor.dataflow.TypeTracker;
import dev.stepwise.processor.deploy.CloudFormationTemplateWriter;
import dev.stepwise.processor.deploy.DerivedPolicy;
import dev.stepwise.processor.deploy.IamPolicyDeriver;
import dev.stepwise.processor.deploy.ModelProjection;
import dev.stepwise.processor.deploy.SamTemplateWriter;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problem;
import dev.stepwise.processor.diag.RepeatedAnnotations;
import dev.stepwise.processor.diag.Reporter;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.DataContract;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.TypeCatalog;
import dev.stepwise.processor.model.WorkflowModel;
import dev.stepwise.processor.parse.ErroneousValues;
import dev.stepwise.processor.parse.LombokRewrites;
import dev.stepwise.processor.parse.ParsedWorkflow;
import dev.stepwise.processor.parse.SourceTypes;
import dev.stepwise.processor.parse.WorkflowParser;
import dev.stepwise.processor.validate.DefinitionRules;
import dev.stepwise.processor.validate.DeploymentValidator;
import dev.stepwise.processor.validate.GraphValidator;
import dev.stepwise.processor.validate.IntegrationParameters;
import dev.stepwise.asl.graph.GraphFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Turns each {@code @Workflow} class into its ASL definition, records, {@code <Name>Workflow} class and deployment
 * templates (CloudFormation and SAM). Thin on
 * purpose: parse, validate, track types, and only when all of that is clean, write. Never claims the annotations
 * and never lets an exception reach javac: a failure becomes one error on the class being processed.
 */
@AutoService(Processor.class)
public final class WorkflowProcessor extends AbstractProcessor {

    static final String WORKFLOW = "dev.stepwise.annotations.Workflow";
    private static final IamPolicyDeriver POLICIES = new IamPolicyDeriver();

    private final UnaryOperator<WorkflowModel> afterParse;
    /** Workflows with a value javac could not compute yet, by qualified name: read again in the next round. */
    private final Set<String> waiting = new LinkedHashSet<>();
    private final SourceTypes sources = new SourceTypes();

    public WorkflowProcessor() {
        this(UnaryOperator.identity());
    }

    /** For tests: a hook on each parsed model, to prove a failure inside the pipeline stays one diagnostic. */
    WorkflowProcessor(UnaryOperator<WorkflowModel> afterParse) {
        this.afterParse = afterParse;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(WORKFLOW);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement workflow = processingEnv.getElementUtils().getTypeElement(WORKFLOW);
        if (workflow == null) {
            return false;
        }
        sources.add(round);
        var reporter = new Reporter(processingEnv.getMessager(), processingEnv.getElementUtils(),
                RepeatedAnnotations.of(processingEnv));
        List<TypeElement> workflows = new ArrayList<>();
        // each round javac enters the sources again: the waiting workflows are fresh elements, looked up by name
        waiting.stream().map(processingEnv.getElementUtils()::getTypeElement).filter(Objects::nonNull)
                .forEach(workflows::add);
        waiting.clear();
        for (Element element : round.getElementsAnnotatedWith(workflow)) {
            if (element instanceof TypeElement type) {
                workflows.add(type);
            }
        }
        boolean lombokRewrites = !workflows.isEmpty() && LombokRewrites.inRound(round);
        for (TypeElement type : workflows) {
            processSafely(type, reporter, round.processingOver(), lombokRewrites);
        }
        return false;
    }

    private void processSafely(TypeElement type, Reporter reporter, boolean lastRound, boolean lombokRewrites) {
        try {
            if (ErroneousValues.reachableFrom(type)) {
                // javac reports the value; another processor may yet generate the class it names
                deferUnlessLast(type, lastRound);
                return;
            }
            if (lombokRewrites && !lastRound) {
                // read next round, when the classes have what Lombok adds whichever processor ran first
                deferUnlessLast(type, lastRound);
                return;
            }
            process(type, reporter, lastRound);
        } catch (RuntimeException | IOException e) {
            reporter.report(Problem.of(Message.INTERNAL_ERROR, Where.type(type.getQualifiedName().toString()),
                    e.getClass().getSimpleName() + ": " + e.getMessage()), type);
        } catch (LinkageError e) {
            // a processor path put together by hand without a dependency: say so instead of javac's stack trace
            String missing = String.valueOf(e.getMessage()).replace('/', '.');
            reporter.report(Problem.of(Message.INCOMPLETE_PROCESSOR_PATH,
                    Where.type(type.getQualifiedName().toString()), missing, e.getClass().getSimpleName()), type);
        }
    }

    /** Reads the workflow again next round (by name: javac enters its elements afresh), unless none follows. */
    private void deferUnlessLast(TypeElement type, boolean lastRound) {
        if (!lastRound) {
            waiting.add(type.getQualifiedName().toString());
        }
    }

    private void process(TypeElement type, Reporter reporter, boolean lastRound) throws IOException {
        Where workflow = Where.type(type.getQualifiedName().toString());
        ParsedWorkflow parsed = new WorkflowParser(processingEnv.getElementUtils(), sources).parse(type);
        if (parsed.readsUngenerated() && !lastRound) {
            // a class it names is not there yet: another processor (Immutables, AutoValue) generates it this round
            deferUnlessLast(type, lastRound);
            return;
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        String generated = WorkflowClassWriter.name(parsed.model()).canonicalName();
        // the Filer refuses to create a type compiled here; what it would say ("Attempt to recreate") helps no one
        sources.origin(generated).ifPresent(origin -> problems.add(Problem.of(Message.GENERATED_NAME_TAKEN,
                workflow.on("Workflow"), generated, origin)));
        WorkflowModel model = afterParse.apply(parsed.model());
        DataContract contract = null;
        ObjectNode definition = null;
        ModelProjection deployment = null;
        DerivedPolicy policy = null;
        if (problems.stream().noneMatch(Problem::isError)) {
            problems.addAll(GraphValidator.validate(model.flow(), parsed.sites()).problems());
            problems.addAll(IntegrationParameters.validate(model.flow(), parsed.sites()).problems());
            TypeTracker.Result tracked = TypeTracker.track(model, parsed.sites());
            problems.addAll(tracked.problems());
            contract = tracked.contract();
            problems.addAll(oversizedRecords(contract, workflow));
            AslWriter.Written written = AslWriter.write(model, parsed.sites(), workflow);
            if (problems.stream().noneMatch(Problem::isError)) {
                // the processor's own findings say more (did you mean, the type at a path); the rest are ASL's
                problems.addAll(DefinitionRules.validate(written, model.settings().type(), workflow).problems());
            }
            definition = written.definition();
            deployment = ModelProjection.of(model, definition);
            policy = POLICIES.derive(deployment.spec());
            problems.addAll(DeploymentValidator.validate(deployment, policy, parsed.sites()).problems());
        }
        reporter.report(problems, type);
        if (problems.stream().anyMatch(Problem::isError)) {
            return;
        }
        sources.addGenerated(generated, type.getQualifiedName().toString());
        // Everything is rendered before anything is written, so a failure leaves no partial output behind.
        String asl = JsonFile.DEFINITION.write(definition);
        // Mermaid, not SVG: text that diffs in review and GitHub renders, drawn without a layout engine (no ELK on
        // javac's processor path, no layout time in the build); `stepwise graph --format svg` draws the picture.
        String graph = GraphFormat.MERMAID.render(definition);
        String template = JsonFile.TEMPLATE.write(
                new CloudFormationTemplateWriter(POLICIES).write(deployment.spec(), policy));
        String sam = JsonFile.TEMPLATE.write(new SamTemplateWriter(POLICIES).write(deployment.spec(), policy, null));
        // the derived policy alone, for CDK users who define the state machine and its role themselves
        String policyJson = deployment.spec().generatesRole() && !policy.statements().isEmpty()
                ? JsonFile.TEMPLATE.write(policy.document()) : null;
        List<TypeSpec> records = new ArrayList<>();
        records.add(RecordWriter.record(RecordWriter.inputName(model), contract.input(),
                "The input of the {@code " + model.name() + "} state machine: the fields its states read.\n"));
        records.add(RecordWriter.record(RecordWriter.outputName(model), contract.output(),
                "The output of the {@code " + model.name() + "} state machine, as far as its states show it.\n"));
        contract.branchResults().forEach(results -> records.add(RecordWriter.branchResults(results)));
        for (StateModel.Task task : WorkflowClassWriter.tasksNeedingParameterRecords(model.flow())) {
            List<TypeCatalog.Property> fields = task.signature().parameters().stream()
                    .map(p -> new TypeCatalog.Property(p.name(), p.type())).toList();
            records.add(RecordWriter.record(RecordWriter.parametersName(model, task.name()), fields,
                    "The effective Parameters of Task state {@code " + task.name() + "}.\n"));
        }
        JavaFile source = JavaFile.builder(model.packageName(),
                        WorkflowClassWriter.write(model, records).addOriginatingElement(type).build())
                .skipJavaLangImports(true)
                .build();
        // rendered here, once: JavaFile.writeTo would render twice (the first pass collects imports)
        String text = source.toString();

        writeResource(type, WorkflowClassWriter.definitionResource(model), asl);
        String base = WorkflowClassWriter.resourceBase(model);
        writeResource(type, base + ".template.json", template);
        writeResource(type, base + ".sam.json", sam);
        if (policyJson != null) {
            writeResource(type, base + ".policy.json", policyJson);
        }
        writeResource(type, base + ".mmd", graph);
        writeSource(type, WorkflowClassWriter.name(model).canonicalName(), text);
    }

    /** Input or Output records the JVM cannot construct, which would fail in generated source the user cannot edit. */
    private static List<Problem> oversizedRecords(DataContract contract, Where workflow) {
        List<Problem> problems = new ArrayList<>();
        oversized("Input", contract.input(), workflow).ifPresent(problems::add);
        oversized("Output", contract.output(), workflow).ifPresent(problems::add);
        return problems;
    }

    private static Optional<Problem> oversized(String record, List<TypeCatalog.Property> fields, Where workflow) {
        int slots = RecordWriter.constructorSlots(fields);
        return slots <= RecordWriter.MAX_CONSTRUCTOR_SLOTS ? Optional.empty() : Optional.of(Problem.of(
                Message.RECORD_TOO_LARGE, workflow.on("Workflow"), record, fields.size(), slots,
                RecordWriter.MAX_CONSTRUCTOR_SLOTS));
    }

    private void writeResource(TypeElement type, String path, String content) throws IOException {
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, type);
        try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            writer.write(content);
        }
    }

    private void writeSource(TypeElement type, String qualifiedName, String text) throws IOException {
        JavaFileObject file = processingEnv.getFiler().createSourceFile(qualifiedName, type);
        try (Writer writer = file.openWriter()) {
            writer.write(text);
        }
    }
}
