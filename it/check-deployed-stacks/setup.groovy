import com.sun.net.httpserver.HttpServer
import javax.xml.stream.XMLOutputFactory

// A CloudFormation endpoint on 127.0.0.1 speaking the Query protocol (form-encoded POST in, XML out) for the stacks
// shared-network and its nested stack. Its URL replaces CLOUDFORMATION_STUB_URL in pom.xml; verify.groovy stops it.
def ns = 'http://cloudformation.amazonaws.com/doc/2010-05-15/'
def networkId = 'arn:aws:cloudformation:us-west-1:123456789012:stack/shared-network/1a2b3c40-d5e6-11f0-8000-0a1b2c3d4e5f'
def endpointsId = 'arn:aws:cloudformation:us-west-1:123456789012:stack/shared-network-Endpoints-1F2G3H4J5K6L/2b3c4d50-d5e6-11f0-8000-0a1b2c3d4e5f'
def stub = new File(basedir, 'cloudformation-stub')
def network = [name: 'shared-network', id: networkId, template: new File(stub, 'network.yaml').text,
               parameters: [VpcCidr: '10.20.0.0/16', EnableS3Endpoint: 'true', DbPassword: '****'],
               resources: [['Vpc', 'vpc-0a1b2c3d4e5f60718', 'AWS::EC2::VPC'],
                           ['PrivateSubnet', 'subnet-0f1e2d3c4b5a69788', 'AWS::EC2::Subnet'],
                           ['S3GatewayEndpoint', 'vpce-0aa11bb22cc33dd44', 'AWS::EC2::VPCEndpoint'],
                           ['Endpoints', endpointsId, 'AWS::CloudFormation::Stack']]]
def endpoints = [name: 'shared-network-Endpoints-1F2G3H4J5K6L', id: endpointsId,
                 template: new File(stub, 'endpoints.yaml').text,
                 parameters: [VpcId: 'vpc-0a1b2c3d4e5f60718', SubnetId: 'subnet-0f1e2d3c4b5a69788'],
                 resources: [['SsmEndpoint', 'vpce-0123456789abcdef0', 'AWS::EC2::VPCEndpoint']]]
def stacks = [(network.name): network, (network.id): network, (endpoints.name): endpoints, (endpoints.id): endpoints]
def requests = Collections.synchronizedList([])

def xml = { String root, Closure body ->
    def out = new StringWriter()
    def w = XMLOutputFactory.newFactory().createXMLStreamWriter(out)
    def text = { String name, String value -> w.writeStartElement(name); w.writeCharacters(value); w.writeEndElement() }
    w.writeStartDocument('UTF-8', '1.0')
    w.writeStartElement(root)
    w.writeDefaultNamespace(ns)
    body(w, text)
    w.writeEndElement()
    w.writeEndDocument()
    out.toString()
}

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
    def form = [:]
    exchange.requestBody.text.split('&').each { pair ->
        def kv = pair.split('=', 2)
        if (kv.length == 2) {
            form[URLDecoder.decode(kv[0], 'UTF-8')] = URLDecoder.decode(kv[1], 'UTF-8')
        }
    }
    requests << form.Action
    def stack = stacks[form.StackName]
    int status = 200
    String body
    if (stack == null) {
        status = 400
        body = xml('ErrorResponse') { w, text ->
            w.writeStartElement('Error'); text('Type', 'Sender'); text('Code', 'ValidationError')
            text('Message', "Stack with id ${form.StackName} does not exist".toString()); w.writeEndElement()
            text('RequestId', '4af14eec-350e-11e4-b260-example')
        }
    } else {
        body = xml(form.Action + 'Response') { w, text ->
            w.writeStartElement(form.Action + 'Result')
            if (form.Action == 'DescribeStacks') {
                w.writeStartElement('Stacks'); w.writeStartElement('member')
                text('StackName', stack.name); text('StackId', stack.id)
                text('CreationTime', '2026-01-15T09:00:00Z'); text('StackStatus', 'UPDATE_COMPLETE')
                w.writeStartElement('Parameters')
                stack.parameters.each { k, v ->
                    w.writeStartElement('member'); text('ParameterKey', k); text('ParameterValue', v); w.writeEndElement()
                }
                w.writeEndElement(); w.writeEndElement(); w.writeEndElement()
            } else if (form.Action == 'GetTemplate') {
                text('TemplateBody', stack.template)
                w.writeStartElement('StagesAvailable'); text('member', 'Original'); text('member', 'Processed')
                w.writeEndElement()
            } else if (form.Action == 'ListStackResources') {
                w.writeStartElement('StackResourceSummaries')
                stack.resources.each { r ->
                    w.writeStartElement('member'); text('ResourceStatus', 'CREATE_COMPLETE')
                    text('LogicalResourceId', r[0]); text('PhysicalResourceId', r[1]); text('ResourceType', r[2])
                    w.writeEndElement()
                }
                w.writeEndElement()
            }
            w.writeEndElement()
            w.writeStartElement('ResponseMetadata'); text('RequestId', 'b9b4b068-3a41-11e5-94eb-example')
            w.writeEndElement()
        }
    }
    byte[] bytes = body.getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'text/xml')
    exchange.sendResponseHeaders(status, bytes.length)
    exchange.responseBody.withStream { it.write(bytes) }
    exchange.close()
}
server.start()
context.put('cloudformationStub', server)
context.put('cloudformationRequests', requests)

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('CLOUDFORMATION_STUB_URL', "http://127.0.0.1:${server.address.port}".toString())
return true
