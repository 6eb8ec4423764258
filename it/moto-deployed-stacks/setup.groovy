import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

// Starts moto (python3 -m moto.server, an independent implementation of CloudFormation, EC2, S3 and SSM) on a free
// loopback port and deploys this IT's templates into it with the AWS CLI (the build updates one of them later).
// verify.groovy stops moto; a shutdown hook stops it too when the build fails before verify.groovy runs.
def region = 'us-east-1'
def templates = new File(basedir, 'templates')
def motoLog = new File(basedir, 'moto.log')

int port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()).withCloseable { it.localPort }
def url = "http://127.0.0.1:${port}".toString()
def start = { ProcessBuilder pb, String needed ->
    try {
        pb.start()
    } catch (IOException e) {
        throw new IllegalStateException("this IT needs ${needed}: ${e.message}")
    }
}
// No AWS setting of the machine reaches moto or the CLI (moto answers 500 when started with an unknown AWS_PROFILE).
def withoutAwsSettings = { ProcessBuilder pb ->
    pb.environment().keySet().removeAll { it.startsWith('AWS_') }
    pb
}
def moto = start(withoutAwsSettings(new ProcessBuilder('python3', '-m', 'moto.server', '-H', '127.0.0.1',
        '-p', port as String)).redirectErrorStream(true).redirectOutput(motoLog),
        "python3 with moto (pip install 'moto[server]==5.2.1')")
def stop = { -> moto.descendants().forEach { it.destroy() }; moto.destroy(); moto.waitFor(10, TimeUnit.SECONDS) }
Runtime.runtime.addShutdownHook(new Thread({ stop() } as Runnable))
context.put('moto', moto)
context.put('motoStop', stop)

def lastLines = { -> motoLog.exists() ? motoLog.readLines().takeRight(5).join('\n') : '' }
long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
while (true) {
    if (!moto.alive) {
        throw new IllegalStateException("moto exited (${moto.exitValue()}) before listening on ${url}; this IT needs "
                + "'python3 -m moto.server' (pip install 'moto[server]==5.2.1'):\n${lastLines()}")
    }
    try {
        new Socket(InetAddress.getLoopbackAddress(), port).close()
        break
    } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
            stop()
            throw new IllegalStateException("moto did not listen on ${url} within 60 s:\n${lastLines()}")
        }
        Thread.sleep(200)
    }
}

// The AWS CLI against moto: test credentials, no configuration of the machine, one attempt (a retried CreateStack
// would report AlreadyExists and hide the first failure).
def aws = { List<String> args ->
    def pb = withoutAwsSettings(new ProcessBuilder(['aws', '--endpoint-url', url, '--region', region,
                                                    '--output', 'json'] + args))
    pb.environment().putAll([AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_MAX_ATTEMPTS: '1',
                AWS_CONFIG_FILE: new File(basedir, 'no-aws-config').path,
                AWS_SHARED_CREDENTIALS_FILE: new File(basedir, 'no-aws-credentials').path,
                AWS_EC2_METADATA_DISABLED: 'true'])
    def out = new File(basedir, 'aws.out')
    def p = start(pb.redirectErrorStream(true).redirectOutput(out), 'the AWS CLI (pip install awscli)')
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly()
        throw new IllegalStateException("aws ${args.take(2).join(' ')} did not finish within 60 s")
    }
    if (p.exitValue() != 0) {
        throw new IllegalStateException("aws ${args.take(2).join(' ')} failed (${p.exitValue()}): "
                + out.text.take(500))
    }
    // Only the API commands answer JSON ('s3 sync' is quiet).
    out.text.trim().startsWith('{') ? new JsonSlurper().parseText(out.text) : null
}

// CDK templates: BootstrapVersion is an SSM-typed parameter, and the VPC's restrict-default-security-group custom
// resource has a Lambda whose code lives in the bootstrap bucket. moto needs both to exist; the code is a dummy (moto
// runs Lambdas only with Docker, so the custom resource never answers and those stacks stay CREATE_IN_PROGRESS).
aws(['ssm', 'put-parameter', '--name', '/cdk-bootstrap/hnb659fds/version', '--value', '21', '--type', 'String'])
// One bucket (CDK's bootstrap bucket, named in the templates) holds the Lambda code and the nested stack's template,
// uploaded in one 's3 sync' (each AWS CLI start costs about a second of CPU).
def bucket = 'cdk-hnb659fds-assets-111111111111-us-east-1'
def staged = new File(basedir, 'target/s3-' + bucket)
staged.mkdirs()
def codeKeys = ['PublicOnlyStack.template.json', 'NestedParentStackNetworkNestedCE942371.nested.template.json']
        .collectMany { name ->
            new JsonSlurper().parse(new File(templates, name)).Resources.values()
                    .findAll { it.Type == 'AWS::Lambda::Function' }
                    .collect { assert it.Properties.Code.S3Bucket == bucket; it.Properties.Code.S3Key }
        }.unique()
codeKeys.each { key ->
    new ZipOutputStream(new File(staged, key).newOutputStream()).withCloseable { zip ->
        zip.putNextEntry(new ZipEntry('index.js'))
        zip.write('exports.handler = async () => ({});\n'.bytes)
        zip.closeEntry()
    }
}
// The nested stack's template, where nested-network.yaml's TemplateURL names it.
def nestedTemplate = 'NestedParentStackNetworkNestedCE942371.nested.template.json'
new File(staged, nestedTemplate).bytes = new File(templates, nestedTemplate).bytes
aws(['s3api', 'create-bucket', '--bucket', bucket])
aws(['s3', 'sync', '--quiet', staged.path, "s3://${bucket}".toString()])

def create = { String name, File template ->
    aws(['cloudformation', 'create-stack', '--stack-name', name, '--template-body', 'file://' + template.absolutePath,
         '--capabilities', 'CAPABILITY_IAM']).StackId
}
['managed-nat', 'pattern1-internet-gateway', 'pattern2-gateway-endpoint', 'pattern3-interface-endpoint'].each {
    create(it, new File(templates, it + '.yaml'))
}
create('PublicOnlyStack', new File(templates, 'PublicOnlyStack.template.json'))
def nestedArn = create('nested-network', new File(templates, 'nested-network.yaml'))

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('MOTO_URL', url).replace('NESTED_NETWORK_ARN', nestedArn)
context.put('motoReady', true)
return true
