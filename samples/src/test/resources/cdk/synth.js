// Synthesizes, with aws-cdk-lib, the two ways README's CDK section uses a generated workflow: the template included
// whole (CfnInclude), and a StateMachine built from the definition file plus the derived policy. Prints one JSON
// line per workflow: how many resources each stack got and how many statements the built role's policy has.
// Usage: node synth.js <folder of generated files> <qualified.Name>...
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const sfn = require('aws-cdk-lib/aws-stepfunctions');
const iam = require('aws-cdk-lib/aws-iam');

const [folder, ...names] = process.argv.slice(2);
for (const name of names) {
  const app = new cdk.App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-out-')) });
  new CfnInclude(new cdk.Stack(app, 'Included'), 'Workflow', { templateFile: path.join(folder, name + '.template.json') });
  const built = new cdk.Stack(app, 'Built');
  const machine = new sfn.StateMachine(built, 'Machine', {
    definitionBody: sfn.DefinitionBody.fromFile(path.join(folder, name + '.asl.json')),
  });
  const policy = JSON.parse(fs.readFileSync(path.join(folder, name + '.policy.json'), 'utf8'));
  // the resources are CloudFormation expressions ({"Fn::Sub": ...}): CDK takes them as tokens
  policy.Statement.forEach(statement => machine.addToRolePolicy(iam.PolicyStatement.fromJson({
    ...statement, Resource: statement.Resource.map(r => typeof r === 'string' ? r : cdk.Token.asString(r)),
  })));
  const assembly = app.synth();
  const included = assembly.getStackByName('Included').template;
  const builtTemplate = assembly.getStackByName('Built').template;
  const rolePolicy = Object.values(builtTemplate.Resources).find(r => r.Type === 'AWS::IAM::Policy');
  console.log(JSON.stringify({
    name,
    included: Object.keys(included.Resources).length,
    statements: rolePolicy ? rolePolicy.Properties.PolicyDocument.Statement.length : 0,
  }));
}
